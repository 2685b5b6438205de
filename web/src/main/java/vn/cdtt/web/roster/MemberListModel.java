package vn.cdtt.web.roster;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.roster.MemberService;

/** Lazy model of the member list: paging, sorting and filtering all happen in the database. */
public class MemberListModel extends LazyDataModel<MemberRow> {

    private static final long serialVersionUID = 1L;

    private final transient MemberService service;
    private final MemberFilter filter;

    MemberListModel(MemberService service, MemberFilter filter) {
        this.service = service;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.search(filter, PageRequest.of(0, 1)).total();
    }

    @Override
    public List<MemberRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta s = sortBy.values().iterator().next();
            sortField = s.getField();
            ascending = s.getOrder() != SortOrder.DESCENDING;
        }
        Page<MemberRow> page = service.search(filter, new PageRequest(first, pageSize, sortField, ascending));
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(MemberRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public MemberRow getRowData(String rowKey) {
        return null;
    }
}
