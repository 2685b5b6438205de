package vn.cdtt.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.MonthLock;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * Which training sessions there are: one session, the filtered list, a calendar's range and a member's own
 * sessions as trainer – each within the caller's scope. Changing a session is {@link TrainingPlanning}'s job.
 */
@Stateless
public class TrainingSchedule {

    private static final Map<String, String> SORTS = Map.of("date", "t.date", "commune", "c.name",
            "status", "t.status", "place", "t.place");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    MonthLock monthLock;

    /** One session: coordinators and viewers within their scope, and the session's own trainers. */
    public TrainingSession find(Long id) {
        Caller caller = callers.current();
        TrainingSession s = id == null ? null : em.find(TrainingSession.class, id);
        if (s == null || !s.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("TrainingSession", id);
        }
        boolean trainer = caller.memberId() != null
                && s.trainers().stream().anyMatch(m -> m.getId().equals(caller.memberId()));
        if (!trainer && !caller.canReadRoster(s.getProvinceId(), s.getCommune().getId())) {
            throw new AccessDeniedException();
        }
        return s;
    }

    /**
     * A session the caller may change: coordinators of its commune, and the province coordinator; none while its
     * month's allowance statement is under review.
     */
    public TrainingSession writable(Long id) {
        Caller caller = callers.current();
        TrainingSession s = id == null ? null : em.find(TrainingSession.class, id);
        if (s == null || !s.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("TrainingSession", id);
        }
        caller.requireWriteRoster(s.getProvinceId(), s.getCommune().getId());
        monthLock.requireOpen(s.getCommune().getId(), s.getDate());
        return s;
    }

    /** The sessions list, filtered, sorted and paged in the database (commune and lead trainer in the same query). */
    public Page<TrainingSession> search(TrainingFilter filter, PageRequest page) {
        Caller caller = callers.current();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE t.provinceId = :province");
        params.put("province", caller.provinceId());
        Long commune = caller.communeScope(filter.getCommuneId());
        if (commune != null) {
            where.append(" AND c.id = :commune");
            params.put("commune", commune);
        }
        if (filter.isToRecord()) {
            where.append(" AND t.status = vn.cdtt.training.TrainingStatus.PLANNED AND t.date <= :today");
            params.put("today", VietnamTime.today());
        } else if (filter.getStatus() != null) {
            where.append(" AND t.status = :status");
            params.put("status", filter.getStatus());
        }
        if (filter.getFrom() != null) {
            where.append(" AND t.date >= :from");
            params.put("from", filter.getFrom());
        }
        if (filter.getTo() != null) {
            where.append(" AND t.date <= :to");
            params.put("to", filter.getTo());
        }
        String sort = page.sortField() == null ? "t.date" : SORTS.getOrDefault(page.sortField(), "t.date");
        String dir = page.sortField() == null ? " DESC" : page.ascending() ? " ASC" : " DESC";
        TypedQuery<TrainingSession> rows = em.createQuery("SELECT t FROM TrainingSession t JOIN FETCH t.commune c "
                + "JOIN FETCH t.leadTrainer" + where + " ORDER BY " + sort + dir + ", t.startTime" + dir + ", t.id",
                TrainingSession.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM TrainingSession t JOIN t.commune c" + where,
                Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(page, () -> rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count::getSingleResult);
    }

    /** Sessions between two dates for a calendar: one commune, or (province-wide readers) the whole province. */
    public List<TrainingSession> between(Long communeId, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        Long commune = caller.communeScope(communeId);
        TypedQuery<TrainingSession> q = em.createQuery("SELECT t FROM TrainingSession t JOIN FETCH t.commune c "
                + "WHERE t.provinceId = :p AND t.date BETWEEN :f AND :t" + (commune == null ? "" : " AND c.id = :c")
                + " ORDER BY t.date, t.startTime", TrainingSession.class)
                .setParameter("p", caller.provinceId()).setParameter("f", from).setParameter("t", to);
        if (commune != null) {
            q.setParameter("c", commune);
        }
        return q.setMaxResults(2000).getResultList();
    }

    /**
     * The calling member's sessions as lead or assistant in the coming year, not cancelled and not yet ended (constant
     * queries).
     */
    public List<TrainingSession> mine() {
        Caller caller = callers.current();
        caller.requireMember();
        java.time.LocalDateTime now = VietnamTime.now();
        return em.createNamedQuery(TrainingSession.OF_TRAINER, TrainingSession.class)
                .setParameter("member", caller.memberId()).setParameter("from", now.toLocalDate())
                .setParameter("to", now.toLocalDate().plusYears(1))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "t.leadTrainer")
                .setHint("eclipselink.batch", "t.assistants").setHint("eclipselink.batch", "t.topics")
                .setMaxResults(50).getResultList().stream().filter(t -> now.isBefore(t.end())).toList();
    }
}
