package vn.cdtt.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.audit.AuditEntry;
import vn.cdtt.audit.AuditFilter;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.web.common.PagedModel;
import vn.cdtt.web.common.Tables;

/** audit/log.xhtml: the province coordinator searches who changed what, newest first, paged in the database. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog audit;

    private final AuditFilter filter = new AuditFilter();
    private PagedModel<AuditEntry> model;

    @PostConstruct
    void init() {
        AuditLog service = audit;
        AuditFilter f = filter;
        model = new PagedModel<>(page -> service.search(f, page), AuditEntry::getId);
    }

    /** New filters: back to the first page (the lazy model reads the filter on its next load). */
    public void search() {
        Tables.firstPage("audit:table");
    }

    public void clear() {
        filter.setActor(null);
        filter.setAction(null);
        filter.setEntityType(null);
        filter.setEntityId(null);
        filter.setFrom(null);
        filter.setTo(null);
        filter.setText(null);
    }

    public List<String> getEntityTypes() {
        return List.of("Member", "Team", "Account", "Skill", "SpokenLanguage", "SiteSession");
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public PagedModel<AuditEntry> getModel() {
        return model;
    }
}
