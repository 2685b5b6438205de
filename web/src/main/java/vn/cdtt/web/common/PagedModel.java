package vn.cdtt.web.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;

/**
 * A lazy table model over a service that pages and sorts in the database. The table asks for the total, then for the
 * page: each is one request of its own part ({@link PageRequest#totalOnly()}, {@link PageRequest#rowsOnly()}), so a
 * view counts once and reads its rows once.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call; serializable because the model lives in a view-scoped bean. */
    public interface Source<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }

    /** The row key; serializable for the same reason. */
    public interface Key<T> extends Function<T, Object>, java.io.Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(PageRequest.totalOnly()).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta s = sortBy.values().iterator().next();
            sortField = s.getField();
            ascending = s.getOrder() != SortOrder.DESCENDING;
        }
        return source.apply(new PageRequest(first, pageSize, sortField, ascending).rowsOnly()).rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
