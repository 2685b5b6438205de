package vn.cdtt.web.api;

import java.util.List;
import java.util.function.Function;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;

/**
 * One page of a list: the items, the page number (from 1), its size and the total of all matching items. The total is
 * also in the {@code X-Total-Count} header. {@code size} is at most {@value #MAX_SIZE}.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Page and size as asked (null: the defaults); a page below 1 or a size outside 1…MAX is refused. */
    public record Asked(int page, int size) {
        public static Asked of(Integer page, Integer size) {
            int p = page == null ? 1 : page;
            int s = size == null ? DEFAULT_SIZE : size;
            if (p < 1 || s < 1 || s > MAX_SIZE) {
                throw new InvalidInputException(List.of(new InvalidInputException.Problem(p < 1 ? "page" : "size",
                        "api.page.invalid", MAX_SIZE)));
            }
            return new Asked(p, s);
        }

        public PageRequest request() {
            return PageRequest.of((page - 1) * size, size);
        }

        int first() {
            return (page - 1) * size;
        }
    }

    /** A page cut from a bounded list the service gives whole (a province's communes, a member's next shifts). */
    public static <E, T> PageOf<T> of(List<E> all, Asked asked, Function<E, T> dto) {
        int from = Math.min(all.size(), asked.first());
        int to = Math.min(all.size(), from + asked.size());
        return new PageOf<>(all.subList(from, to).stream().map(dto).toList(), asked.page(), asked.size(), all.size());
    }

    /** A page the database cut. */
    public static <E, T> PageOf<T> of(Page<E> page, Asked asked, Function<E, T> dto) {
        return new PageOf<>(page.rows().stream().map(dto).toList(), asked.page(), asked.size(), page.total());
    }
}
