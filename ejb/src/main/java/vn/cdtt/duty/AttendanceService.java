package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.MonthLock;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Attendance, the source of truth for allowances: members check in and out on their phones and log the citizens
 * they helped; centre staff confirm presence or mark a no-show at their own site on the day; coordinators
 * correct it afterwards with a reason. Every change is audited.
 */
@Stateless
public class AttendanceService {

    /** How far ahead of the server's clock a phone's clock may run before its "time made" is refused. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    MonthLock monthLock;

    public Assignment checkIn(Long assignmentId) {
        Caller caller = callers.current();
        Assignment a = mine(assignmentId, caller);
        a.checkIn(VietnamTime.now());
        return saved(a, caller, "audit.event.attendance.checkIn", null, Map.of("checkedInAt", a.getCheckedInAt()));
    }

    /**
     * A check-in the member's phone made without signal and sends once it is online again: recorded at the time it
     * was made, accepted only if that time lies in the same check-in window as an online check-in
     * ({@link Assignment#checkIn}) and is not later than now (beyond {@link #CLOCK_SKEW}, phones' clocks drift).
     * The shift is the member's own; anyone else's does not exist for them.
     */
    public Assignment checkInMadeAt(Long shiftId, Instant madeAt) {
        Caller caller = callers.current();
        caller.requireMember();
        if (madeAt == null) {
            throw new InvalidInputException("attendance.offline.noTime");
        }
        LocalDateTime now = VietnamTime.now();
        LocalDateTime made = LocalDateTime.ofInstant(madeAt, VietnamTime.ZONE);
        if (made.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("attendance.offline.future", CLOCK_SKEW.toMinutes());
        }
        List<Long> ids = em.createQuery("SELECT a.id FROM Assignment a WHERE a.shift.id = :shift AND a.member.id = :me",
                        Long.class)
                .setParameter("shift", shiftId).setParameter("me", caller.memberId()).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("Shift", shiftId);
        }
        Assignment a = find(ids.get(0));
        a.checkIn(made.isAfter(now) ? now : made);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("checkedInAt", a.getCheckedInAt());
        after.put("sentAt", now);
        return saved(a, caller, "audit.event.attendance.checkInOffline", null, after);
    }

    public Assignment checkOut(Long assignmentId) {
        Caller caller = callers.current();
        Assignment a = mine(assignmentId, caller);
        a.checkOut(VietnamTime.now());
        return saved(a, caller, "audit.event.attendance.checkOut", null, Map.of("checkedOutAt", a.getCheckedOutAt()));
    }

    /** The member's counts of citizens helped on one of their shifts, by service (counts only). */
    public Assignment logHelped(Long assignmentId, Map<HelpService, Integer> counts) {
        Caller caller = callers.current();
        Assignment a = mine(assignmentId, caller);
        Map<String, Object> before = new LinkedHashMap<>();
        a.getHelped().forEach((k, v) -> before.put(k.name(), v));
        a.logHelped(counts, VietnamTime.now());
        Map<String, Object> after = new LinkedHashMap<>();
        a.getHelped().forEach((k, v) -> after.put(k.name(), v));
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "Assignment", a.getId(), a.getShift().getProvinceId(),
                a.getShift().getCommuneId(), LocalizedText.of("audit.event.attendance.helped",
                        a.getShift().getSite().getName(), a.getShift().getDate(), a.getShift().getPart()), before, after);
        return a;
    }

    /** Today's shifts at the centre staff's own site, with who is on duty (one query). */
    public List<Shift> siteToday() {
        Caller caller = callers.current();
        caller.require(Role.CENTRE_STAFF);
        if (caller.siteId() == null) {
            throw new AccessDeniedException();
        }
        return em.createQuery("SELECT s FROM Shift s JOIN FETCH s.site WHERE s.site.id = :site AND s.date = :today ORDER BY s.startTime",
                        Shift.class)
                .setParameter("site", caller.siteId()).setParameter("today", VietnamTime.today())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.assignments")
                .setHint("eclipselink.batch", "s.assignments.member").getResultList();
    }

    /** Centre staff: present or no-show, for a shift of today at their own site that has started. */
    public Assignment confirm(Long assignmentId, Presence verdict) {
        Caller caller = callers.current();
        caller.require(Role.CENTRE_STAFF);
        Assignment a = find(assignmentId);
        if (caller.siteId() == null || !caller.siteId().equals(a.getShift().getSite().getId())) {
            throw new AccessDeniedException();
        }
        Presence before = a.getPresence();
        a.confirm(verdict, caller.username(), VietnamTime.now());
        return saved(a, caller, "audit.event.attendance.confirmed", Map.of("presence", before),
                Map.of("presence", verdict), a.getMember().getFullName(), verdict);
    }

    /** Coordinators of the shift's commune (or the province): any verdict after the start, with a reason. */
    public Assignment correct(Long assignmentId, Presence verdict, String reason) {
        Caller caller = callers.current();
        Assignment a = find(assignmentId);
        caller.requireWriteRoster(a.getShift().getProvinceId(), a.getShift().getCommuneId());
        Presence before = a.getPresence();
        a.correct(verdict, reason, caller.username(), VietnamTime.now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("presence", verdict);
        after.put("reason", a.getPresenceNote());
        return saved(a, caller, "audit.event.attendance.corrected", Map.of("presence", before), after,
                a.getMember().getFullName(), verdict);
    }

    /** Audits an attendance change: {@code auditKey}'s arguments are the shift's site, date and part, then {@code more}. */
    private Assignment saved(Assignment a, Caller caller, String auditKey, Map<String, Object> before,
                             Map<String, Object> after, Object... more) {
        Flush.now(em, "error.concurrentChange");
        Shift s = a.getShift();
        List<Object> args = new ArrayList<>(List.of(s.getSite().getName(), s.getDate(), s.getPart()));
        args.addAll(Arrays.asList(more));
        audit.record(caller.username(), AuditAction.UPDATE, "Assignment", a.getId(), s.getProvinceId(),
                s.getCommuneId(), LocalizedText.of(auditKey, args.toArray()), before, after);
        return a;
    }

    /** The caller's own assignment; anyone else's does not exist for them. */
    private Assignment mine(Long assignmentId, Caller caller) {
        caller.requireMember();
        Assignment a = find(assignmentId);
        if (!a.getMember().getId().equals(caller.memberId())) {
            throw new NotFoundException("Assignment", assignmentId);
        }
        return a;
    }

    /** The assignment to record attendance on; refused while its month's allowance is under review. */
    private Assignment find(Long id) {
        Assignment a = id == null ? null : em.find(Assignment.class, id);
        if (a == null) {
            throw new NotFoundException("Assignment", id);
        }
        monthLock.requireOpen(a.getShift().getCommuneId(), a.getShift().getDate());
        return a;
    }
}
