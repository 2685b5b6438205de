package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SiteSession;
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

    /** Creates the missing shifts of a commune's sites from {@code from} to {@code to}, skipping holidays and closures. */
    public int generate(Long communeId, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        Commune commune = em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("shift.range.invalid");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_GENERATED_DAYS) {
            throw new InvalidInputException("shift.range.tooLong", MAX_GENERATED_DAYS);
        }
        if (from.isBefore(VietnamTime.today())) {
            throw new InvalidInputException("shift.range.past");
        }
        List<ServiceSite> sites = em.createQuery("SELECT DISTINCT s FROM ServiceSite s LEFT JOIN FETCH s.sessions "
                + "WHERE s.commune.id = :c", ServiceSite.class).setParameter("c", communeId).getResultList();
        Set<LocalDate> holidays = new HashSet<>(em.createQuery("SELECT h.holiday FROM PublicHoliday h "
                        + "WHERE h.provinceId = :p AND h.holiday BETWEEN :f AND :t", LocalDate.class)
                .setParameter("p", commune.getProvince().getId()).setParameter("f", from).setParameter("t", to)
                .getResultList());
        Set<String> closed = new HashSet<>();
        em.createQuery("SELECT c FROM SiteClosure c WHERE c.site.commune.id = :c AND c.closedOn BETWEEN :f AND :t",
                        SiteClosure.class).setParameter("c", communeId).setParameter("f", from).setParameter("t", to)
                .getResultList().forEach(c -> closed.add(c.getSite().getId() + "@" + c.getClosedOn()));
        Set<String> existing = new HashSet<>();
        em.createQuery("SELECT s FROM Shift s WHERE s.communeId = :c AND s.date BETWEEN :f AND :t", Shift.class)
                .setParameter("c", communeId).setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(s -> existing.add(s.getSite().getId() + "@" + s.getDate() + "@" + s.getPart()));
        int created = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (ServiceSite site : sites) {
                if (closed.contains(site.getId() + "@" + day)) {
                    continue;
                }
                for (SiteSession session : site.getSessions()) {
                    if (session.getDayOfWeek() == day.getDayOfWeek()
                            && !existing.contains(site.getId() + "@" + day + "@" + session.getPart())) {
                        em.persist(new Shift(session, day));
                        created++;
                    }
                }
            }
        }
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.CREATE, "Shift", null, commune.getProvince().getId(), communeId,
                "Tạo " + created + " ca trực từ " + from.format(VietnamTime.DATE) + " đến " + to.format(VietnamTime.DATE),
                null, Map.of("from", from, "to", to, "created", created));
        return created;
    }

    /** The shifts of a commune's sites in a week (Monday to Sunday), with who is on them: one query. */
    public List<Shift> week(Long communeId, LocalDate anyDay) {
        Caller caller = callers.current();
        Commune commune = em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireReadRoster(commune.getProvince().getId(), communeId);
        LocalDate monday = anyDay.minusDays(anyDay.getDayOfWeek().getValue() - 1L);
        return em.createQuery("SELECT DISTINCT s FROM Shift s JOIN FETCH s.site LEFT JOIN FETCH s.assignments a "
                        + "LEFT JOIN FETCH a.member WHERE s.communeId = :c AND s.date BETWEEN :f AND :t "
                        + "ORDER BY s.date, s.part", Shift.class)
                .setParameter("c", communeId).setParameter("f", monday).setParameter("t", monday.plusDays(6))
                .getResultList();
    }

    /**
     * Puts a member on a shift. Commune coordinators staff their own commune's shifts with its members; the
     * province coordinator may also bring in a member of another commune.
     */
    public Shift assign(Long shiftId, Long memberId) {
        Caller caller = callers.current();
        Shift shift = lockedShift(shiftId, caller);
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
        LocalDateTime now = VietnamTime.now();
        requireFree(member, shift);
        shift.assign(member, caller.username(), now);
        em.persist(new DutySlot(member.getId(), shift.getDate(), shift.getPart(), DutyKind.SHIFT, shift.getId()));
        Flush.now(em, "shift.member.busy", member.getFullName());
        audit.record(caller.username(), AuditAction.CREATE, "Assignment", shift.getId(), shift.getProvinceId(),
                shift.getCommuneId(), "Phân công " + member.getFullName() + " trực " + describe(shift), null,
                Map.of("member", member.getFullName(), "shift", describe(shift)));
        return shift;
    }

    public Shift unassign(Long shiftId, Long memberId) {
        Caller caller = callers.current();
        Shift shift = lockedShift(shiftId, caller);
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException("Member", memberId);
        }
        shift.unassign(member, VietnamTime.now());
        em.createQuery("DELETE FROM DutySlot d WHERE d.kind = vn.cdtt.duty.DutyKind.SHIFT AND d.dutyId = :s "
                + "AND d.memberId = :m").setParameter("s", shift.getId()).setParameter("m", memberId).executeUpdate();
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.DELETE, "Assignment", shift.getId(), shift.getProvinceId(),
                shift.getCommuneId(), "Bỏ phân công " + member.getFullName() + " khỏi ca " + describe(shift),
                Map.of("member", member.getFullName(), "shift", describe(shift)), null);
        return shift;
    }

    /** A member of last week's plan who could not be placed this week, and why (a message key). */
    public record NotPlaced(String memberName, LocalDate date, vn.cdtt.commune.SessionPart part, String reasonKey)
            implements java.io.Serializable {
    }

    /**
     * Copies last week's assignments of a commune onto the same sites and sessions of this week (creating this
     * week's shifts first). Whoever cannot be placed – no longer active, busy or unavailable, the shift full or
     * started – is reported, not placed; the rest is stored together.
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
        List<Shift> previous = week(communeId, monday.minusWeeks(1));
        Map<String, Shift> current = new java.util.HashMap<>();
        for (Shift s : week(communeId, monday)) {
            current.put(s.getSite().getId() + "@" + s.getDate().getDayOfWeek() + "@" + s.getPart(), s);
        }
        LocalDateTime now = VietnamTime.now();
        List<NotPlaced> notPlaced = new java.util.ArrayList<>();
        for (Shift last : previous) {
            Shift target = current.get(last.getSite().getId() + "@" + last.getDate().getDayOfWeek() + "@" + last.getPart());
            for (Assignment a : last.getAssignments()) {
                Member m = a.getMember();
                LocalDate day = last.getDate().plusWeeks(1);
                if (target == null) {
                    notPlaced.add(new NotPlaced(m.getFullName(), day, last.getPart(), "copy.noShift"));
                    continue;
                }
                Shift locked = em.find(Shift.class, target.getId(), LockModeType.PESSIMISTIC_WRITE);
                if (locked.getAssignments().stream().anyMatch(x -> x.getMember().equals(m))) {
                    continue;
                }
                String problem = null;
                if (locked.hasStarted(now)) {
                    problem = "copy.past";
                } else if (!m.isActive()) {
                    problem = "copy.notActive";
                } else if (locked.getFilled() >= locked.getSeats()) {
                    problem = "copy.full";
                } else if (!em.createQuery("SELECT d.id FROM DutySlot d WHERE d.memberId = :m AND d.date = :d "
                                + "AND d.part = :p", Long.class).setParameter("m", m.getId()).setParameter("d", day)
                        .setParameter("p", last.getPart()).getResultList().isEmpty()) {
                    problem = "copy.busy";
                }
                if (problem != null) {
                    notPlaced.add(new NotPlaced(m.getFullName(), day, last.getPart(), problem));
                    continue;
                }
                locked.assign(m, caller.username(), now);
                em.persist(new DutySlot(m.getId(), day, last.getPart(), DutyKind.SHIFT, locked.getId()));
                Flush.now(em, "shift.member.busy", m.getFullName());
            }
        }
        audit.record(caller.username(), AuditAction.CREATE, "Assignment", null, caller.provinceId(), communeId,
                "Chép phân công tuần trước sang tuần " + monday.format(VietnamTime.DATE) + "; " + notPlaced.size()
                        + " lượt không xếp được", null, null);
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
                shift.getCommuneId(), "Đổi số người trực ca " + describe(shift), Map.of("seats", before),
                Map.of("seats", seats));
        return shift;
    }

    /**
     * The calling member's shifts from today on (at most 20), each with everyone on it, so the member sees the
     * partner on duty and how to reach them. One query.
     */
    public List<Shift> myNextShifts() {
        Caller caller = callers.current();
        if (!caller.is(Role.MEMBER) || caller.memberId() == null) {
            throw new AccessDeniedException();
        }
        return em.createQuery("SELECT DISTINCT s FROM Shift s JOIN FETCH s.site JOIN FETCH s.assignments a "
                        + "JOIN FETCH a.member WHERE s.date >= :today AND EXISTS (SELECT mine FROM Assignment mine "
                        + "WHERE mine.shift = s AND mine.member.id = :me) ORDER BY s.date, s.part", Shift.class)
                .setParameter("today", VietnamTime.today()).setParameter("me", caller.memberId())
                .setMaxResults(20).getResultList();
    }

    /**
     * Who can take a shift: active members of the shift's commune with no other duty in that session, in
     * Vietnamese name order (one query).
     */
    public List<Member> candidates(Long shiftId) {
        Caller caller = callers.current();
        Shift shift = em.find(Shift.class, shiftId);
        if (shift == null) {
            throw new NotFoundException("Shift", shiftId);
        }
        caller.requireWriteRoster(shift.getProvinceId(), shift.getCommuneId());
        return em.createQuery("SELECT m FROM Member m WHERE m.commune.id = :c AND m.status = "
                        + "vn.cdtt.roster.MemberStatus.ACTIVE AND NOT EXISTS (SELECT d FROM DutySlot d WHERE "
                        + "d.memberId = m.id AND d.date = :d AND d.part = :p) ORDER BY m.sortKey", Member.class)
                .setParameter("c", shift.getCommuneId()).setParameter("d", shift.getDate())
                .setParameter("p", shift.getPart()).getResultList();
    }

    /** A member with another duty in the same session is refused with what keeps them busy. */
    private void requireFree(Member member, Shift shift) {
        List<DutySlot> busy = em.createQuery("SELECT d FROM DutySlot d WHERE d.memberId = :m AND d.date = :d "
                        + "AND d.part = :p", DutySlot.class).setParameter("m", member.getId())
                .setParameter("d", shift.getDate()).setParameter("p", shift.getPart()).getResultList();
        if (!busy.isEmpty()) {
            throw new InvalidInputException("shift.member.busy", member.getFullName());
        }
    }

    /** The shift, locked for this transaction, if the caller may staff it. */
    private Shift lockedShift(Long shiftId, Caller caller) {
        Shift shift = shiftId == null ? null : em.find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null) {
            throw new NotFoundException("Shift", shiftId);
        }
        if (!caller.provinceId().equals(shift.getProvinceId())) {
            throw new AccessDeniedException();
        }
        caller.requireWriteRoster(shift.getProvinceId(), shift.getCommuneId());
        return shift;
    }

    private static String describe(Shift s) {
        return s.getSite().getName() + " " + s.getDate().format(VietnamTime.DATE) + " " + s.getPart();
    }
}
