package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.Commune;
import vn.cdtt.roster.Member;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Duty shifts: generated from the sites' opening sessions, filled by coordinators. The invariants live in
 * {@link Shift} (seats, no one twice, nothing after the start) and in the database (seats, one duty per member
 * per session); a shift is locked while it is changed, so the last seat goes to exactly one of many.
 */
@Stateless
public class ShiftService {

    public static final int MAX_GENERATED_DAYS = 92;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Staffing staffing;

    @Inject
    SiteCalendar calendar;

    /**
     * Creates the missing shifts of a commune's sites – of every site of the province when {@code communeId} is null
     * (province coordinator) – from {@code from} to {@code to}, skipping holidays and closures ({@link SiteCalendar}).
     */
    public int generate(Long communeId, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        Long provinceId;
        if (communeId == null) {
            caller.require(Role.PROVINCE_COORDINATOR);
            provinceId = caller.provinceId();
        } else {
            Commune commune = em.find(Commune.class, communeId);
            if (commune == null) {
                throw new NotFoundException("Commune", communeId);
            }
            provinceId = commune.getProvince().getId();
            caller.requireWriteRoster(provinceId, communeId);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("shift.range.invalid");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_GENERATED_DAYS) {
            throw new InvalidInputException("shift.range.tooLong", MAX_GENERATED_DAYS);
        }
        if (from.isBefore(VietnamTime.today())) {
            throw new InvalidInputException("shift.range.past");
        }
        List<Shift> missing = calendar.missing(provinceId, communeId, from, to);
        missing.forEach(em::persist);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.CREATE, "Shift", null, provinceId, communeId,
                LocalizedText.of("audit.event.shift.created", missing.size(), from, to),
                null, Map.of("from", from, "to", to, "created", missing.size()));
        return missing.size();
    }

    /** The shifts of a commune's sites in a week (Monday to Sunday), with who is on them: three queries, whatever the rows. */
    public List<Shift> week(Long communeId, LocalDate anyDay) {
        Caller caller = callers.current();
        Commune commune = em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireReadRoster(commune.getProvince().getId(), communeId);
        LocalDate monday = anyDay.minusDays(anyDay.getDayOfWeek().getValue() - 1L);
        return em.createQuery("SELECT s FROM Shift s JOIN FETCH s.site WHERE s.communeId = :c AND s.date BETWEEN :f AND :t "
                        + "ORDER BY s.date, s.startTime", Shift.class)
                .setParameter("c", communeId).setParameter("f", monday).setParameter("t", monday.plusDays(6))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.assignments")
                .setHint("eclipselink.batch", "s.assignments.member").getResultList();
    }

    /**
     * Puts a member on a shift. Commune coordinators staff their own commune's shifts with its members; the
     * province coordinator may also bring in a member of another commune.
     */
    public Shift assign(Long shiftId, Long memberId) {
        return assign(shiftId, memberId, null);
    }

    /**
     * Puts a member on one of the seats a centre's helper request ({@code helperRequestId}) added to the shift – the
     * request's pick list –, or on any free seat (the site's usual ones first) when it is null.
     */
    public Shift assign(Long shiftId, Long memberId, Long helperRequestId) {
        Caller caller = callers.current();
        Shift shift = lockedShift(shiftId, caller);
        assignLocked(shift, memberId, caller, helperRequestId);
        return shift;
    }

    /**
     * Puts several members on a shift at once (the board's dialog): all of them or, when one is refused – more members
     * than free seats, someone busy in that session –, none, with the reason.
     */
    public Shift assignAll(Long shiftId, List<Long> memberIds) {
        Caller caller = callers.current();
        return assignAll(lockedShift(shiftId, caller), memberIds, caller);
    }

    private Shift assignAll(Shift shift, List<Long> memberIds, Caller caller) {
        List<Long> ids = memberIds == null ? List.of() : memberIds.stream().filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty()) {
            throw new InvalidInputException("shift.member.required");
        }
        int free = Math.max(0, shift.getSeats() - shift.getFilled());
        if (free > 0 && ids.size() > free) { // none free: the shift itself says it is full
            throw new InvalidInputException("shift.tooMany", ids.size(), free);
        }
        for (Long id : ids) {
            assignLocked(shift, id, caller, null);
        }
        return shift;
    }

    /**
     * Puts the same members on several shifts at once – the board's dialog: one session of a site on several days of a
     * week. All of them on every shift or, when one is refused anywhere, nothing, with the day of the refusal first and
     * then the rule that is broken. The shifts are locked in a fixed order, so two coordinators cannot block each other.
     */
    public List<Shift> assignAll(List<Long> shiftIds, List<Long> memberIds) {
        Caller caller = callers.current();
        List<Long> ids = shiftIds == null ? List.of() : shiftIds.stream().filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        if (ids.isEmpty()) {
            throw new InvalidInputException("shift.required");
        }
        List<Shift> done = new ArrayList<>();
        for (Long id : ids) {
            Shift shift = lockedShift(id, caller);
            try {
                done.add(assignAll(shift, memberIds, caller));
            } catch (InvalidInputException e) {
                if (ids.size() == 1) {
                    throw e;
                }
                List<InvalidInputException.Problem> problems = new ArrayList<>();
                problems.add(new InvalidInputException.Problem(null, "shift.refusedOn",
                        shift.getDate().format(VietnamTime.DATE)));
                problems.addAll(e.getProblems());
                throw new InvalidInputException(problems);
            }
        }
        return done;
    }

    private void assignLocked(Shift shift, Long memberId, Caller caller, Long helperRequestId) {
        if (memberId == null) {
            throw new InvalidInputException("shift.member.required");
        }
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.getProvinceId().equals(shift.getProvinceId())) {
            throw new NotFoundException("Member", memberId);
        }
        if (!member.getCommune().getId().equals(shift.getCommuneId()) && !caller.is(Role.PROVINCE_COORDINATOR)) {
            throw new InvalidInputException("shift.member.otherCommune", member.getFullName());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("member", member.getFullName());
        after.put("shift", describe(shift));
        if (helperRequestId == null) {
            staffing.put(shift, member, caller.username(), VietnamTime.now());
        } else {
            staffing.putOnRequestSeat(shift, member, helperRequestId, caller.username(), VietnamTime.now());
            after.put("helperRequest", helperRequestId);
        }
        audit.record(caller.username(), AuditAction.CREATE, "Assignment", shift.getId(), shift.getProvinceId(),
                shift.getCommuneId(), LocalizedText.of("audit.event.shift.assigned", member.getFullName(),
                        shift.getSite().getName(), shift.getDate(), shift.getPart()), null, after);
    }

    public Shift unassign(Long shiftId, Long memberId) {
        Caller caller = callers.current();
        Shift shift = lockedShift(shiftId, caller);
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException("Member", memberId);
        }
        staffing.takeOff(shift, member, caller.username(), VietnamTime.now(), true);
        audit.record(caller.username(), AuditAction.DELETE, "Assignment", shift.getId(), shift.getProvinceId(),
                shift.getCommuneId(), LocalizedText.of("audit.event.shift.unassigned",
                        member.getFullName(), shift.getSite().getName(), shift.getDate(), shift.getPart()),
                Map.of("member", member.getFullName(), "shift", describe(shift)), null);
        return shift;
    }

    /**
     * Pins a member's assignment on a shift that has not started (automatic rostering keeps it) or unpins it (the
     * solver may then give the seat to another member, or leave it as it is); audited.
     */
    public Assignment pin(Long shiftId, Long memberId, boolean pinned) {
        Caller caller = callers.current();
        Shift shift = lockedShift(shiftId, caller);
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        Assignment a = member == null ? null : shift.assignmentOf(member).orElse(null);
        if (a == null) {
            throw new NotFoundException("Assignment", memberId);
        }
        if (a.isPinned() == pinned) {
            return a;
        }
        a.pin(pinned, VietnamTime.now());
        audit.record(caller.username(), AuditAction.UPDATE, "Assignment", a.getId(), shift.getProvinceId(),
                shift.getCommuneId(), LocalizedText.of(pinned ? "audit.event.shift.pinned" : "audit.event.shift.unpinned",
                        member.getFullName(), shift.getSite().getName(), shift.getDate(), shift.getPart()),
                Map.of("member", member.getFullName(), "shift", describe(shift), "pinned", !pinned),
                Map.of("member", member.getFullName(), "shift", describe(shift), "pinned", pinned));
        return a;
    }

    /**
     * Copies last week's assignments of a commune onto the same sites and sessions of this week (creating this
     * week's shifts first). Whoever cannot be placed – no longer active, busy or unavailable, the shift full or
     * started, no such shift this week – is reported, not placed; the rest is stored together.
     */
    public List<NotPlaced> copyPreviousWeek(Long communeId, LocalDate anyDay) {
        Caller caller = callers.current();
        Commune commune = communeId == null ? null : em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        LocalDate monday = anyDay.minusDays(anyDay.getDayOfWeek().getValue() - 1L);
        LocalDate from = monday.isBefore(VietnamTime.today()) ? VietnamTime.today() : monday;
        if (!from.isAfter(monday.plusDays(6))) {
            generate(communeId, from, monday.plusDays(6));
        }
        Map<String, Shift> current = new HashMap<>();
        for (Shift s : week(communeId, monday)) {
            current.put(s.getSite().getId() + "@" + s.getDate() + "@" + s.getPart(), s);
        }
        LocalDateTime now = VietnamTime.now();
        List<NotPlaced> notPlaced = new ArrayList<>();
        for (Shift last : week(communeId, monday.minusWeeks(1))) {
            LocalDate day = last.getDate().plusWeeks(1);
            Shift target = current.get(last.getSite().getId() + "@" + day + "@" + last.getPart());
            for (Assignment a : last.getAssignments()) {
                Member m = a.getMember();
                String problem = target == null ? "placement.noShift"
                        : staffing.tryPut(staffing.lock(target.getId()), m, caller.username(), now);
                if (problem != null) {
                    notPlaced.add(new NotPlaced(m.getFullName(), day, last.getPart(), problem));
                }
            }
        }
        audit.record(caller.username(), AuditAction.CREATE, "Assignment", null, caller.provinceId(), communeId,
                LocalizedText.of("audit.event.shift.copied", monday, notPlaced.size()), null, null);
        return notPlaced;
    }

    /** Raises (or lowers, not below the members on it) the seats of one shift, e.g. for a busy day. */
    public Shift changeSeats(Long shiftId, int seats) {
        Caller caller = callers.current();
        Shift shift = lockedShift(shiftId, caller);
        int before = shift.getSeats();
        shift.changeSeats(seats, VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "Shift", shift.getId(), shift.getProvinceId(),
                shift.getCommuneId(), LocalizedText.of("audit.event.shift.seats", shift.getSite().getName(),
                        shift.getDate(), shift.getPart()), Map.of("seats", before),
                Map.of("seats", seats));
        return shift;
    }

    /**
     * Who can take a shift: active members with no other duty and not unavailable in that session, in Vietnamese
     * name order, with their skills and languages (three queries, whatever the number of members). The shift's
     * commune by default; the province coordinator may search the whole province by name.
     */
    public List<Member> candidates(Long shiftId, String search) {
        Caller caller = callers.current();
        Shift shift = em.find(Shift.class, shiftId);
        if (shift == null) {
            throw new NotFoundException("Shift", shiftId);
        }
        caller.requireWriteRoster(shift.getProvinceId(), shift.getCommuneId());
        String folded = search == null || search.isBlank() ? null : "%" + VietnameseText.fold(search) + "%";
        boolean province = folded != null && caller.is(Role.PROVINCE_COORDINATOR);
        TypedQuery<Member> q = em.createQuery("SELECT m FROM Member m JOIN FETCH m.commune WHERE m.provinceId = :p "
                        + "AND m.status = vn.cdtt.roster.MemberStatus.ACTIVE AND " + (province ? "" : "m.commune.id = :c AND ")
                        + (folded == null ? "" : "m.searchText LIKE :text AND ") + DutySlots.FREE + " ORDER BY m.sortKey",
                        Member.class)
                .setParameter("p", shift.getProvinceId()).setParameter("d", shift.getDate())
                .setParameter("part", shift.getPart());
        if (!province) {
            q.setParameter("c", shift.getCommuneId());
        }
        if (folded != null) {
            q.setParameter("text", folded);
        }
        return q.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "m.skills")
                .setHint("eclipselink.batch", "m.languages").setMaxResults(province ? 50 : 500)
                .getResultList();
    }

    /** The shift, locked for this transaction, if the caller may staff it. */
    private Shift lockedShift(Long shiftId, Caller caller) {
        Shift shift = staffing.lock(shiftId);
        if (!caller.provinceId().equals(shift.getProvinceId())) {
            throw new AccessDeniedException();
        }
        caller.requireWriteRoster(shift.getProvinceId(), shift.getCommuneId());
        return shift;
    }

    static String describe(Shift s) {
        return s.getSite().getName() + " " + s.getDate().format(VietnamTime.DATE) + " " + s.getPart();
    }
}
