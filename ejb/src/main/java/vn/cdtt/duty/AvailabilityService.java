package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * Members say when they cannot be on duty. Their unavailability takes the session's duty slot, so it blocks
 * assignment by the same rule as any other duty; coordinators read it for their commune.
 */
@Stateless
public class AvailabilityService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    DutySlots slots;

    public List<Unavailability> mine() {
        Caller caller = member();
        // the part is stored by name (AFTERNOON < MORNING): the day's order is the enum's, kept in Java
        List<Unavailability> mine = new ArrayList<>(em.createQuery("SELECT u FROM Unavailability u WHERE u.memberId = :m "
                        + "AND u.date >= :today ORDER BY u.date", Unavailability.class)
                .setParameter("m", caller.memberId()).setParameter("today", VietnamTime.today()).getResultList());
        mine.sort(Comparator.comparing(Unavailability::getDate).thenComparing(Unavailability::getPart));
        return mine;
    }

    public Unavailability declare(LocalDate date, SessionPart part, String reason) {
        Caller caller = member();
        Member me = em.find(Member.class, caller.memberId());
        Unavailability u = new Unavailability(me.getId(), me.getCommune().getId(), date, part, reason,
                VietnamTime.now());
        em.persist(u);
        Flush.now(em, "unavailable.busy");
        slots.take(me.getId(), date, part, DutyKind.UNAVAILABLE, u.getId(), "unavailable.busy");
        audit.record(caller.username(), AuditAction.CREATE, "Unavailability", u.getId(), me.getProvinceId(),
                me.getCommune().getId(), LocalizedText.of("audit.event.unavailability.added", me.getFullName(), date,
                        part), null, Map.of("date", date, "part", part, "reason", u.getReason()));
        return u;
    }

    public void withdraw(Long id) {
        Caller caller = member();
        Unavailability u = id == null ? null : em.find(Unavailability.class, id);
        if (u == null || !u.getMemberId().equals(caller.memberId())) {
            throw new NotFoundException("Unavailability", id);
        }
        slots.release(DutyKind.UNAVAILABLE, u.getId());
        audit.record(caller.username(), AuditAction.DELETE, "Unavailability", u.getId(), caller.provinceId(),
                u.getCommuneId(), LocalizedText.of("audit.event.unavailability.removed", u.getDate(), u.getPart()),
                Map.of("date", u.getDate(), "part", u.getPart(), "reason", u.getReason()), null);
        em.remove(u);
    }

    /** One member's unavailability as coordinators see it on the board. */
    public record UnavailableRow(String memberName, LocalDate date, SessionPart part, String reason)
            implements java.io.Serializable {
    }

    /** Who in a commune cannot be on duty in a week (coordinators and province-wide readers); one query. */
    public List<UnavailableRow> commune(Long communeId, LocalDate monday) {
        Caller caller = callers.current();
        caller.requireReadRoster(caller.provinceId(), communeId);
        List<UnavailableRow> rows = new ArrayList<>(em.createQuery("SELECT NEW vn.cdtt.duty.AvailabilityService"
                        + ".UnavailableRow(m.fullName, u.date, u.part, u.reason) FROM Unavailability u, Member m WHERE "
                        + "m.id = u.memberId AND u.communeId = :c AND u.date BETWEEN :f AND :t ORDER BY u.date, m.sortKey",
                        UnavailableRow.class)
                .setParameter("c", communeId).setParameter("f", monday).setParameter("t", monday.plusDays(6))
                .getResultList());
        // a stable sort: morning before afternoon (the enum's order, not the stored name's), names stay in order
        rows.sort(Comparator.comparing(UnavailableRow::date).thenComparing(UnavailableRow::part));
        return rows;
    }

    private Caller member() {
        return callers.current().requireMember();
    }
}
