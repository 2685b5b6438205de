package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The member portal's view of duty: the caller's own next and past shifts and this month's hours. A member sees
 * only their own shifts (and who is on them with them); each list is one query whatever its length.
 */
@Stateless
public class MyShifts {

    /** How far back "my past shifts" goes. */
    public static final int PAST_DAYS = 62;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /**
     * This month in figures: shifts planned, shifts attended ({@link Assignment#attendedIn}) and the scheduled
     * minutes of those attended.
     */
    public record Month(int planned, int attended, long minutes) implements Serializable {
        /** Hours with one decimal, e.g. 7.5. */
        public double hours() {
            return Math.round(minutes / 6.0) / 10.0;
        }
    }

    /** How many coming shifts the member sees at most. */
    public static final int NEXT_SHIFTS = 20;

    /**
     * The member's coming shifts (at most {@value #NEXT_SHIFTS}), each with everyone on it, so the member sees the
     * partner on duty and how to reach them: those not yet ended ({@link #upcoming}) – a shift of this morning is no
     * longer "coming" in the evening.
     */
    public List<Shift> next() {
        Caller caller = member();
        LocalDateTime now = VietnamTime.now();
        // a member holds at most one shift per session, so the day's few ended ones are all that may be dropped
        return em.createQuery("SELECT s FROM Shift s JOIN FETCH s.site WHERE s.date >= :today AND EXISTS (SELECT mine FROM Assignment mine "
                        + "WHERE mine.shift = s AND mine.member.id = :me) ORDER BY s.date, s.startTime", Shift.class)
                .setParameter("today", now.toLocalDate()).setParameter("me", caller.memberId())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.assignments")
                .setHint("eclipselink.batch", "s.assignments.member")
                .setMaxResults(NEXT_SHIFTS + vn.cdtt.commune.SessionPart.values().length).getResultList().stream()
                .filter(s -> upcoming(s, caller.memberId(), now)).limit(NEXT_SHIFTS).toList();
    }

    /**
     * Is the shift still coming for the member: not ended yet, or ended but still waiting for the member's
     * check-out ({@link Assignment#canCheckOut}, an hour at most)?
     */
    public static boolean upcoming(Shift s, Long memberId, LocalDateTime now) {
        return now.isBefore(s.end()) || s.getAssignments().stream()
                .anyMatch(a -> a.getMember().getId().equals(memberId) && a.canCheckOut(now));
    }

    /** The member's own assignments on shifts of the last {@value #PAST_DAYS} days that have ended, newest first. */
    public List<Assignment> past() {
        Caller caller = member();
        LocalDateTime now = VietnamTime.now();
        List<Assignment> rows = em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.shift s "
                        + "WHERE a.member.id = :me AND s.date BETWEEN :from AND :today ORDER BY s.date DESC, s.startTime DESC",
                        Assignment.class)
                .setParameter("me", caller.memberId()).setParameter("from", VietnamTime.today().minusDays(PAST_DAYS))
                .setParameter("today", VietnamTime.today())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.helped")
                .setHint("eclipselink.batch", "a.shift.site")
                .getResultList();
        return rows.stream().filter(a -> !now.isBefore(a.getShift().end())).toList();
    }

    public Month month() {
        Caller caller = member();
        LocalDate first = VietnamTime.today().withDayOfMonth(1);
        List<Object[]> rows = em.createQuery("SELECT s, CASE WHEN " + Assignment.attendedIn("a") + " THEN 1 ELSE 0 END "
                        + "FROM Assignment a JOIN a.shift s WHERE a.member.id = :me AND s.date BETWEEN :from AND :to",
                        Object[].class)
                .setParameter("me", caller.memberId()).setParameter("from", first)
                .setParameter("to", first.plusMonths(1).minusDays(1)).getResultList();
        List<Shift> attended = rows.stream().filter(r -> ((Number) r[1]).intValue() == 1).map(r -> (Shift) r[0])
                .toList();
        return new Month(rows.size(), attended.size(), attended.stream().mapToLong(Shift::minutes).sum());
    }

    /** Someone the member can call: a name and a mobile number. */
    public record Contact(String name, String phone) implements Serializable {
    }

    /**
     * The coordinators of the member's own commune who left a number to be called on (enabled accounts only): once a
     * shift is past the hand-over cut-off, only they can still change it. One query.
     */
    public List<Contact> coordinators() {
        Caller caller = member();
        return em.createQuery("SELECT a.displayName, a.phone FROM Account a, Member m WHERE m.id = :me "
                        + "AND a.communeId = m.commune.id AND a.role = :role AND a.enabled = TRUE AND a.phone IS NOT NULL "
                        + "ORDER BY a.displayName", Object[].class)
                .setParameter("me", caller.memberId()).setParameter("role", Role.COMMUNE_COORDINATOR).getResultList()
                .stream().map(r -> new Contact((String) r[0], (String) r[1])).toList();
    }

    private Caller member() {
        return callers.current().requireMember();
    }
}
