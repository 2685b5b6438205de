package vn.cdtt.duty;

import static vn.cdtt.notification.NotificationTarget.MY_SHIFTS;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.commune.MonthLock;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.Notifier;
import vn.cdtt.roster.Member;

/**
 * Puts members on shifts and takes them off, with everything that goes with it: the duty slot that keeps a
 * member in one place at a time, the pending swaps that lose their point, and the notifications. Every way of
 * staffing a shift (the board, last week's copy, weekly patterns, swaps, the open board) goes through here, so
 * the rules are the same for all. The slots themselves belong to {@link DutySlots}. Callers hold the shift's lock ({@link #lock}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Staffing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    DutySlots slots;

    @Inject
    MonthLock monthLock;

    @Inject
    Event<ShiftStaffed> staffed;

    /**
     * The shift, locked until the transaction ends: changes of one shift happen one after another, and none while its
     * month's allowance statement is under review ({@link MonthLock}).
     */
    public Shift lock(Long shiftId) {
        Shift shift = shiftId == null ? null : em.find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null) {
            throw new NotFoundException("Shift", shiftId);
        }
        monthLock.requireOpen(shift.getCommuneId(), shift.getDate());
        return shift;
    }

    /** Is the member busy (another duty, or unavailable) in the shift's session? */
    public boolean busy(Member member, Shift shift) {
        return slots.busy(member.getId(), shift.getDate(), shift.getPart());
    }

    /** Puts the member on the (locked) shift, or refuses with the rule that is broken. */
    public Assignment put(Shift shift, Member member, String by, LocalDateTime now) {
        return put(shift, member, by, now, true);
    }

    /**
     * Puts the member on the (locked) shift, or refuses with the rule that is broken; {@code notify} false when the
     * caller tells the member itself (automatic rostering sends one digest per member, not one message per seat).
     */
    public Assignment put(Shift shift, Member member, String by, LocalDateTime now, boolean notify) {
        return put(shift, member, null, by, now, notify);
    }

    /**
     * Puts the member on one of the extra seats a helper request raised on the (locked) shift – not on a usual seat
     * that happens to be free –, or refuses with the rule that is broken (the request has no seat left:
     * {@code request.seats.none}, checked by the request's side of {@link ShiftStaffed}).
     */
    public Assignment putOnRequestSeat(Shift shift, Member member, Long helperRequestId, String by,
                                       LocalDateTime now) {
        return put(shift, member, java.util.Objects.requireNonNull(helperRequestId), by, now, true);
    }

    private Assignment put(Shift shift, Member member, Long helperRequestId, String by, LocalDateTime now,
                           boolean notify) {
        shift.requireNotStarted(now);
        if (shift.assignmentOf(member).isEmpty()) {
            slots.take(member.getId(), shift.getDate(), shift.getPart(), DutyKind.SHIFT, shift.getId(),
                    "shift.member.busy", member.getFullName());
        }
        Assignment a = shift.assign(member, by, now);
        staffed.fire(new ShiftStaffed(shift, a, helperRequestId));
        if (notify) {
            notifier.member(member, NotificationKind.ASSIGNED, MY_SHIFTS, null, shift.getSite().getName(),
                    shift.getDate(), shift.getPart(), shift.getStartTime(), shift.getEndTime());
        }
        return a;
    }

    /**
     * Places a member for a plan (copy, pattern) if every rule allows it: null when placed or already there,
     * otherwise the placement.* key of the reason.
     */
    public String tryPut(Shift shift, Member member, String by, LocalDateTime now) {
        if (shift.assignmentOf(member).isPresent()) {
            return null;
        }
        String problem = shift.hasStarted(now) ? "placement.past"
                : !member.isActive() ? "placement.notActive"
                : !member.getCommune().getId().equals(shift.getCommuneId()) ? "placement.otherCommune"
                : !shift.hasFreeSeat() ? "placement.full"
                : busy(member, shift) ? "placement.busy" : null;
        if (problem == null) {
            put(shift, member, by, now);
        }
        return problem;
    }

    /** Takes the member off the (locked) shift; the partners hear of it unless the whole shift goes. */
    public void takeOff(Shift shift, Member member, String by, LocalDateTime now, boolean tellPartners) {
        release(shift, member, now);
        takenOff(shift, member, by, now);
        if (tellPartners) {
            List<Member> partners = shift.getAssignments().stream().map(Assignment::getMember).toList();
            notifier.members(partners, NotificationKind.SHIFT_CHANGED, MY_SHIFTS, null, shift.getSite().getName(),
                    shift.getDate(), shift.getPart(), member.getFullName());
        }
    }

    /**
     * Frees the member's seat on the (locked) shift for a move (automatic rostering), without telling anyone: the
     * caller then either confirms it with {@link #takenOff} or puts the member back with {@link #put}.
     */
    public void release(Shift shift, Member member, LocalDateTime now) {
        shift.unassign(member, now);
        slots.release(DutyKind.SHIFT, shift.getId(), member.getId());
        Flush.now(em, "error.concurrentChange");
    }

    /** A member released from a shift for good: their pending swaps of it end, and they hear of it. */
    public void takenOff(Shift shift, Member member, String by, LocalDateTime now) {
        closeSwaps(shift, member, by, now);
        Flush.now(em, "error.concurrentChange");
        notifier.member(member, NotificationKind.REMOVED, MY_SHIFTS, null, shift.getSite().getName(),
                shift.getDate(), shift.getPart());
    }

    /** Cancels a (locked) shift that has not started – a new holiday or closure – telling its members. */
    public void cancel(Shift shift, String by, LocalDateTime now) {
        shift.requireNotStarted(now);
        List<Member> onDuty = shift.getAssignments().stream().map(Assignment::getMember).toList();
        for (Member m : onDuty) {
            shift.unassign(m, now);
        }
        slots.release(DutyKind.SHIFT, shift.getId());
        em.createQuery("DELETE FROM SwapRequest r WHERE r.shift = :s").setParameter("s", shift).executeUpdate();
        em.remove(shift);
        notifier.members(onDuty, NotificationKind.SHIFT_CANCELLED, MY_SHIFTS, null, shift.getSite().getName(),
                shift.getDate(), shift.getPart());
    }

    /**
     * Raises the seats of a site's shift of one session by {@code extra} (a helper request), creating the shift from
     * the site's weekly session when it does not exist yet; returns it locked. Refused when the site does not open
     * in that session, or the shift has started, or the seats would go beyond what a shift holds.
     */
    public Shift raise(ServiceSite site, LocalDate date, SessionPart part, int extra, LocalDateTime now) {
        List<Long> ids = em.createQuery("SELECT s.id FROM Shift s WHERE s.site = :site AND s.date = :d AND s.part = :p",
                Long.class).setParameter("site", site).setParameter("d", date).setParameter("p", part).getResultList();
        Long id;
        if (ids.isEmpty()) {
            SiteSession session = site.getSessions().stream()
                    .filter(x -> x.getDayOfWeek() == date.getDayOfWeek() && x.getPart() == part).findFirst()
                    .orElseThrow(() -> new InvalidInputException("shift.noSession", site.getName(),
                            date.format(vn.cdtt.common.VietnamTime.DATE)));
            Shift created = new Shift(session, date);
            em.persist(created);
            Flush.now(em, "error.concurrentChange");
            id = created.getId();
        } else {
            id = ids.get(0);
        }
        Shift shift = lock(id);
        shift.changeSeats(shift.getSeats() + extra, now);
        return shift;
    }

    /** Lowers the seats of a (locked) shift by {@code fewer}; refused below the members already on it. */
    public void lower(Shift shift, int fewer, LocalDateTime now) {
        shift.changeSeats(shift.getSeats() - fewer, now);
        Flush.now(em, "error.concurrentChange");
    }

    /** Pending swaps of a member who is no longer on the shift have lost their point. */
    private void closeSwaps(Shift shift, Member member, String by, LocalDateTime now) {
        em.createQuery("SELECT r FROM SwapRequest r WHERE r.shift = :s AND (r.from = :m OR r.to = :m)",
                        SwapRequest.class).setParameter("s", shift).setParameter("m", member).getResultList()
                .forEach(r -> r.withdrawBySystem(by, now));
    }
}
