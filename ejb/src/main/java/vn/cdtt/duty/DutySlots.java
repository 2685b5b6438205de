package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.SessionPart;

/**
 * The one owner of {@link DutySlot}, the "no two places at once" rule: every kind of duty – shifts, trainings, a
 * member's own unavailability – asks {@link #busy}, {@link #take}s its slots and {@link #release}s them here and
 * nowhere else. The database's unique key on (member, day, part of the day) settles races; {@link #take} turns a
 * lost race into the caller's own message.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DutySlots {

    /**
     * A JPQL condition "member {@code m} has no duty slot in the part {@code :part} of the day {@code :d}", for pick
     * lists of free members (the member alias {@code m} and both parameters are the caller's).
     */
    public static final String FREE = "NOT EXISTS (SELECT d FROM DutySlot d WHERE d.memberId = m.id "
            + "AND d.date = :d AND d.part = :part)";

    @PersistenceContext
    EntityManager em;

    /** Does the member have a duty slot – a shift, a training or their own unavailability – in that part of that day? */
    public boolean busy(Long memberId, LocalDate date, SessionPart part) {
        return !em.createQuery("SELECT d.id FROM DutySlot d WHERE d.memberId = :m AND d.date = :d AND d.part = :p",
                        Long.class).setParameter("m", memberId).setParameter("d", date).setParameter("p", part)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Takes the member's slot for a duty, or refuses with {@code busyKey} (and its arguments) when the member is
     * busy then – also when another transaction took the slot a moment ago.
     */
    public void take(Long memberId, LocalDate date, SessionPart part, DutyKind kind, Long dutyId, String busyKey,
                     Object... busyArguments) {
        if (busy(memberId, date, part)) {
            throw new InvalidInputException(busyKey, busyArguments);
        }
        em.persist(new DutySlot(memberId, date, part, kind, dutyId));
        Flush.now(em, busyKey, busyArguments);
    }

    /** Frees every slot a duty holds (all its members, all parts of the day). */
    public void release(DutyKind kind, Long dutyId) {
        em.createQuery("DELETE FROM DutySlot d WHERE d.kind = :k AND d.dutyId = :id")
                .setParameter("k", kind).setParameter("id", dutyId).executeUpdate();
    }

    /** Frees one member's slots of a duty. */
    public void release(DutyKind kind, Long dutyId, Long memberId) {
        em.createQuery("DELETE FROM DutySlot d WHERE d.kind = :k AND d.dutyId = :id AND d.memberId = :m")
                .setParameter("k", kind).setParameter("id", dutyId).setParameter("m", memberId).executeUpdate();
    }
}
