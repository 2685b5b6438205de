package vn.cdtt.common;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** One page of results and the total number of rows that match (-1 when the request did not want it). */
public record Page<T>(List<T> rows, long total) {
    public Page {
        rows = List.copyOf(rows);
    }

    /** What the request wants, each part read only if wanted: the rows, the total, or both. */
    public static <T> Page<T> of(PageRequest request, Supplier<List<T>> rows, LongSupplier total) {
        return new Page<>(request.wanted() == PageRequest.Wanted.TOTAL ? List.of() : rows.get(),
                request.wanted() == PageRequest.Wanted.ROWS ? -1 : total.getAsLong());
    }
}
