package vn.cdtt.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The audit trail. {@link #record} joins the caller's transaction, so an entry exists exactly when the change
 * it describes was committed. Only the province coordinator searches it.
 */
@Stateless
public class AuditLog {

    /** Looked up once: Json.create… looks the provider up again on every call (a service-loader scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** {@code summary} is a bundle key ({@code audit.<feature>.<event>}) with its arguments, never free text. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, AuditAction action, String entityType, Long entityId, Long provinceId,
                       Long communeId, LocalizedText summary, Map<String, Object> before, Map<String, Object> after) {
        em.persist(new AuditEntry(VietnamTime.now(), actor, action, entityType, entityId, provinceId, communeId,
                summary, toJson(before), toJson(after)));
    }

    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        StringBuilder where = new StringBuilder(" WHERE e.provinceId = :province");
        if (filter.getActor() != null && !filter.getActor().isBlank()) {
            where.append(" AND e.actor = :actor");
        }
        if (filter.getEntityType() != null && !filter.getEntityType().isBlank()) {
            where.append(" AND e.entityType = :type");
        }
        if (filter.getEntityId() != null) {
            where.append(" AND e.entityId = :entityId");
        }
        if (filter.getAction() != null) {
            where.append(" AND e.action = :action");
        }
        if (filter.getFrom() != null) {
            where.append(" AND e.at >= :from");
        }
        if (filter.getTo() != null) {
            where.append(" AND e.at < :to");
        }
        if (filter.getText() != null && !filter.getText().isBlank()) {
            where.append(" AND LOWER(e.summary) LIKE :text");
        }
        TypedQuery<AuditEntry> rows = em.createQuery("SELECT e FROM AuditEntry e" + where
                + " ORDER BY e.at " + (page.ascending() && "at".equals(page.sortField()) ? "ASC" : "DESC") + ", e.id DESC",
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        for (TypedQuery<?> q : List.<TypedQuery<?>>of(rows, count)) {
            q.setParameter("province", caller.provinceId());
            if (filter.getActor() != null && !filter.getActor().isBlank()) {
                q.setParameter("actor", filter.getActor().trim());
            }
            if (filter.getEntityType() != null && !filter.getEntityType().isBlank()) {
                q.setParameter("type", filter.getEntityType());
            }
            if (filter.getEntityId() != null) {
                q.setParameter("entityId", filter.getEntityId());
            }
            if (filter.getAction() != null) {
                q.setParameter("action", filter.getAction());
            }
            if (filter.getFrom() != null) {
                q.setParameter("from", filter.getFrom().atStartOfDay());
            }
            if (filter.getTo() != null) {
                q.setParameter("to", filter.getTo().plusDays(1).atStartOfDay());
            }
            if (filter.getText() != null && !filter.getText().isBlank()) {
                q.setParameter("text", "%" + filter.getText().trim().toLowerCase() + "%");
            }
        }
        return Page.of(page, () -> rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count::getSingleResult);
    }

    /** The record types that occur in the caller's province, for the search filter. */
    public List<String> entityTypes() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        return em.createQuery("SELECT DISTINCT e.entityType FROM AuditEntry e WHERE e.provinceId = :p "
                + "ORDER BY e.entityType", String.class).setParameter("p", caller.provinceId()).getResultList();
    }

    static String toJson(Map<String, Object> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder b = JSON.createObjectBuilder();
        state.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Number n) {
                b.add(k, n.toString());
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else if (v instanceof Collection<?> c) {
                List<String> items = new ArrayList<>();
                c.forEach(i -> items.add(String.valueOf(i)));
                b.add(k, JSON.createArrayBuilder(items));
            } else if (v instanceof TemporalAccessor t && v instanceof java.time.LocalDate d) {
                b.add(k, d.format(VietnamTime.DATE));
            } else {
                b.add(k, String.valueOf(v));
            }
        });
        return b.build().toString();
    }
}
