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
import vn.cdtt.web.common.Faces;
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
    private List<String> entityTypes;

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

    /** The record types that occur in the log, for the filter (read once per view). */
    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = audit.entityTypes();
        }
        return entityTypes;
    }

    /** What happened, in the reader's language (entries from before the message keys: their text as written). */
    public String summary(AuditEntry e) {
        return e.summary(Faces.locale());
    }

    /** A record type's label ({@code audit.type.<Type>}), or its code name if the bundle has none. */
    public String typeLabel(String entityType) {
        String label = Faces.text("audit.type." + entityType);
        return label.startsWith("???") ? entityType : label;
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public PagedModel<AuditEntry> getModel() {
        return model;
    }
}
