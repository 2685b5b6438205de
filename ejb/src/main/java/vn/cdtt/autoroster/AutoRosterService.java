package vn.cdtt.autoroster;

import static vn.cdtt.notification.NotificationTarget.MY_SHIFTS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.duty.DutyKind;
import vn.cdtt.duty.DutySlot;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.duty.Staffing;
import vn.cdtt.duty.WeeklyLimit;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.Notifier;
import vn.cdtt.roster.Member;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Automatic rostering, as coordinators use it: start a solve for a commune's week or month (commune coordinator,
 * their commune) or the whole province's month (province coordinator), watch it, stop it, read the proposal and
 * apply it through {@link Staffing} – the one staffing path – in one transaction, re-checking every seat.
 */
@Stateless
public class AutoRosterService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AutoRosterRuns runs;

    @Inject
    RosterProblems problems;

    @Inject
    ShiftService shifts;

    @Inject
    Staffing staffing;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    AutoRosterStore store;

    /**
     * Starts a solve of the period of {@code anyDay} for the commune (null: the whole province, a month, province
     * coordinator only). Nothing is written: the shifts the period calls for that do not exist yet are planned in
     * memory and created only when the proposal is applied. Returns the run's id at once; the solve goes on in the
     * background.
     */
    public UUID start(Long communeId, RosterPeriod period, LocalDate anyDay, boolean otherCommunes) {
        Caller caller = callers.current();
        caller.require(Role.COMMUNE_COORDINATOR, Role.PROVINCE_COORDINATOR);
        if (period == null || anyDay == null) {
            throw new InvalidInputException("autoroster.period.required");
        }
        if (communeId == null) {
            caller.require(Role.PROVINCE_COORDINATOR);
            if (period != RosterPeriod.MONTH) {
                throw new InvalidInputException("autoroster.province.month");
            }
        } else {
            Commune commune = em.find(Commune.class, communeId);
            if (commune == null) {
                throw new NotFoundException("Commune", communeId);
            }
            caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        }
        boolean others = otherCommunes && caller.is(Role.PROVINCE_COORDINATOR);
        LocalDate today = VietnamTime.today();
        LocalDate from = period.first(anyDay);
        LocalDate to = period.last(anyDay);
        if (to.isBefore(today)) {
            throw new InvalidInputException("autoroster.period.past");
        }
        AutoRosterSettings settings = settingsOf(caller.provinceId());
        LocalDateTime now = VietnamTime.now();
        // the solver starts from the greedy fill: a full, feasible plan at once, which it then improves
        RosterPlan problem = problems.build(caller.provinceId(), communeId, from, to, others, settings, now)
                .fillGreedily();
        RosterRun run = new RosterRun(UUID.randomUUID(), caller.provinceId(), communeId, from, to, others,
                caller.username(), now, problem);
        runs.solve(run, settings.solveLimit(), settings.unimprovedLimit());
        return run.getId();
    }

    /** How the run is going. */
    public RunProgress progress(UUID id) {
        return RunProgress.of(visible(id));
    }

    /** Stops the run; its best plan so far becomes the proposal. */
    public RunProgress stop(UUID id) {
        RosterRun run = visible(id);
        if (run.isRunning()) {
            runs.stop(run);
        }
        return RunProgress.of(run);
    }

    /** The proposal of a run that has ended. */
    public Proposal proposal(UUID id) {
        RosterRun run = visible(id);
        if (!run.hasProposal() && run.getState() != RosterRun.State.APPLIED) {
            throw new InvalidInputException("autoroster.notReady");
        }
        return run.getProposal();
    }

    /**
     * Applies the run's proposal in one transaction: first the period's shifts that do not exist yet are created
     * (as *Tạo ca trực* does: {@link ShiftService#generate}), then every seat goes through {@link Staffing} – the one
     * staffing path –, checked again against today's data (a member who took the seat, declared unavailability,
     * reached the weekly limit since); what no longer fits is listed, a seat whose member is already on it counts as
     * on the board, the rest is stored. One digest notification per member placed, one audit entry with the counts,
     * and one per assignment.
     */
    public ApplyResult apply(UUID id) {
        Caller caller = callers.current();
        RosterRun run = visible(id);
        if (run.getState() == RosterRun.State.APPLIED) {
            throw new InvalidInputException("autoroster.applied.already");
        }
        if (!run.hasProposal()) {
            throw new InvalidInputException("autoroster.notReady");
        }
        Proposal proposal = run.getProposal();
        LocalDateTime now = VietnamTime.now();
        LocalDate today = now.toLocalDate();
        int created = run.getTo().isBefore(today) ? 0
                : shifts.generate(run.getCommuneId(), run.getFrom().isBefore(today) ? today : run.getFrom(), run.getTo());
        Map<Proposal.ProposedSeat, Long> shiftOf = shiftsOf(proposal.seats(), run.getFrom(), run.getTo());
        WeeklyLimit limit = settingsOf(run.getProvinceId()).weeklyLimit();
        int max = limit.max();
        List<Long> memberIds = proposal.seats().stream()
                .flatMap(p -> java.util.stream.Stream.of(p.memberId(), p.replacesId()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, Member> members = new HashMap<>();
        Map<Long, Map<LocalDate, Integer>> perWeek = new HashMap<>();
        if (!memberIds.isEmpty()) {
            em.createQuery("SELECT m FROM Member m JOIN FETCH m.commune WHERE m.id IN :ids", Member.class)
                    .setParameter("ids", memberIds).getResultList().forEach(m -> members.put(m.getId(), m));
            em.createQuery("SELECT d FROM DutySlot d WHERE d.kind = :k AND d.memberId IN :ids "
                            + "AND d.date BETWEEN :f AND :t", DutySlot.class)
                    .setParameter("k", DutyKind.SHIFT).setParameter("ids", memberIds)
                    .setParameter("f", run.getFrom().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    .setParameter("t", run.getTo().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))
                    .getResultList().forEach(d -> perWeek.computeIfAbsent(d.getMemberId(), x -> new HashMap<>())
                            .merge(monday(d.getDate()), 1, Integer::sum));
        }
        List<Long> shiftIds = shiftOf.values().stream().distinct().toList();
        java.util.Set<Long> existing = new java.util.HashSet<>(shiftIds.isEmpty() ? List.of()
                : em.createQuery("SELECT s.id FROM Shift s WHERE s.id IN :ids", Long.class)
                .setParameter("ids", shiftIds).getResultList());
        Map<Long, Shift> locked = new HashMap<>();
        // moves first: the unpinned members leave their seats (quietly), so that the seats – and the members, who may
        // be planned elsewhere in the same session – are free for the plan; a move whose new member no longer fits
        // puts the old one back below
        Map<Proposal.ProposedSeat, Member> released = new LinkedHashMap<>();
        for (Proposal.ProposedSeat seat : proposal.seats()) {
            Member old = seat.isMove() ? members.get(seat.replacesId()) : null;
            Long shiftId = shiftOf.get(seat);
            Shift shift = old == null || !existing.contains(shiftId) ? null
                    : locked.computeIfAbsent(shiftId, staffing::lock);
            if (shift == null || shift.hasStarted(now)) {
                continue;
            }
            var assignment = shift.assignmentOf(old);
            if (assignment.isEmpty() || assignment.get().isPinned()) {
                continue; // gone meanwhile (then the seat is simply free), or pinned again: it stays
            }
            staffing.release(shift, old, now);
            perWeek.computeIfAbsent(old.getId(), x -> new HashMap<>()).merge(monday(shift.getDate()), -1, Integer::sum);
            released.put(seat, old);
        }
        Map<Member, List<Shift>> placed = new LinkedHashMap<>();
        List<ApplyResult.Refused> refused = new ArrayList<>();
        int applied = 0;
        int moved = 0;
        int onBoard = 0;
        for (Proposal.ProposedSeat seat : proposal.seats()) {
            Member member = members.get(seat.memberId());
            Long shiftId = shiftOf.get(seat);
            Shift shift = !existing.contains(shiftId) ? null : locked.computeIfAbsent(shiftId, staffing::lock);
            boolean pinnedAgain = seat.isMove() && !released.containsKey(seat) && shift != null
                    && members.get(seat.replacesId()) != null
                    && shift.assignmentOf(members.get(seat.replacesId())).isPresent();
            String problem = shift == null ? "placement.noShift"
                    : member == null ? "placement.notActive"
                    : shift.assignmentOf(member).isPresent() ? null
                    : shift.hasStarted(now) ? "placement.past"
                    : pinnedAgain ? "autoroster.refused.pinned"
                    : !member.isActive() ? "placement.notActive"
                    : !member.getCommune().getId().equals(shift.getCommuneId()) && !run.isOtherCommunesAllowed()
                    ? "placement.otherCommune"
                    : !shift.hasFreeSeat() ? "placement.full"
                    : staffing.busy(member, shift) ? "placement.busy"
                    : !limit.allowsAnother(perWeek.getOrDefault(member.getId(), Map.of())
                    .getOrDefault(monday(shift.getDate()), 0)) ? "autoroster.refused.week" : null;
            if (problem != null) {
                refused.add(new ApplyResult.Refused(seat, LocalizedText.of(problem, seat.memberName(), max)));
                continue;
            }
            if (shift.assignmentOf(member).isPresent()) {
                onBoard++; // applied before, or placed by hand just so: nothing to do
                continue;
            }
            staffing.put(shift, member, caller.username(), now, false);
            perWeek.computeIfAbsent(member.getId(), x -> new HashMap<>()).merge(monday(shift.getDate()), 1,
                    Integer::sum);
            placed.computeIfAbsent(member, x -> new ArrayList<>()).add(shift);
            audit.record(caller.username(), AuditAction.CREATE, "Assignment", shift.getId(), shift.getProvinceId(),
                    shift.getCommuneId(), LocalizedText.of("audit.event.shift.assigned", member.getFullName(),
                            shift.getSite().getName(), shift.getDate(), shift.getPart()), null,
                    Map.of("member", member.getFullName(), "shift", seat.siteName() + " " + seat.date() + " "
                            + seat.part(), "by", "autoroster"));
            applied++;
        }
        // the moves: done where the new member is on the seat now; otherwise the old member goes back (unpinned,
        // as they were), if they can – the plan may have put them on another seat of that session meanwhile
        for (Map.Entry<Proposal.ProposedSeat, Member> e : released.entrySet()) {
            Proposal.ProposedSeat seat = e.getKey();
            Member old = e.getValue();
            Shift shift = locked.get(shiftOf.get(seat));
            Member now2 = members.get(seat.memberId());
            boolean done = now2 != null && shift.assignmentOf(now2).isPresent();
            if (!done && old.isActive() && shift.hasFreeSeat() && !staffing.busy(old, shift)) {
                staffing.put(shift, old, caller.username(), now, false).pin(false, now);
                perWeek.computeIfAbsent(old.getId(), x -> new HashMap<>()).merge(monday(shift.getDate()), 1,
                        Integer::sum);
                continue;
            }
            staffing.takenOff(shift, old, caller.username(), now);
            audit.record(caller.username(), AuditAction.DELETE, "Assignment", shift.getId(), shift.getProvinceId(),
                    shift.getCommuneId(), LocalizedText.of("audit.event.shift.unassigned", old.getFullName(),
                            shift.getSite().getName(), shift.getDate(), shift.getPart()),
                    Map.of("member", old.getFullName(), "shift", seat.siteName() + " " + seat.date() + " "
                            + seat.part(), "by", "autoroster"), null);
            if (done) {
                moved++;
            }
        }
        placed.forEach((member, list) -> {
            LocalDate first = list.stream().map(Shift::getDate).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = list.stream().map(Shift::getDate).max(LocalDate::compareTo).orElseThrow();
            notifier.member(member, NotificationKind.AUTO_ROSTERED, MY_SHIFTS, null, list.size(), first, last);
        });
        audit.record(caller.username(), AuditAction.CREATE, "AutoRoster", null, run.getProvinceId(),
                run.getCommuneId(), LocalizedText.of("audit.event.autoroster.applied", applied, refused.size(),
                        run.getFrom(), run.getTo()), null,
                Map.of("applied", applied, "refused", refused.size(), "moved", moved, "onBoard", onBoard,
                        "shiftsCreated", created, "from", run.getFrom(), "to", run.getTo(), "members", placed.size()));
        run.applied();
        store.applied(run.getId());
        return new ApplyResult(applied, moved, onBoard, created, refused);
    }

    /**
     * The shift of each proposed seat: its own, or – for a shift that did not exist when the run was planned – the one
     * of its site, day and session now (null when there is none: a holiday or closure declared since).
     */
    private Map<Proposal.ProposedSeat, Long> shiftsOf(List<Proposal.ProposedSeat> seats, LocalDate from, LocalDate to) {
        Map<String, Long> bySession = new HashMap<>();
        List<Long> sites = seats.stream().filter(s -> s.shiftId() == null).map(Proposal.ProposedSeat::siteId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!sites.isEmpty()) {
            em.createQuery("SELECT s.id, s.site.id, s.date, s.part FROM Shift s WHERE s.site.id IN :sites "
                            + "AND s.date BETWEEN :f AND :t", Object[].class)
                    .setParameter("sites", sites).setParameter("f", from).setParameter("t", to).getResultList()
                    .forEach(r -> bySession.put(r[1] + "@" + r[2] + "@" + r[3], (Long) r[0]));
        }
        Map<Proposal.ProposedSeat, Long> result = new HashMap<>();
        for (Proposal.ProposedSeat seat : seats) {
            Long id = seat.shiftId() != null ? seat.shiftId() : bySession.get(seat.session());
            if (id != null) {
                result.put(seat, id);
            }
        }
        return result;
    }

    /** The province's settings (defaults when none are stored). */
    public AutoRosterSettings settings() {
        Caller caller = callers.current();
        caller.require(Role.COMMUNE_COORDINATOR, Role.PROVINCE_COORDINATOR);
        return settingsOf(caller.provinceId());
    }

    /** Changes the province's settings (province coordinator). */
    public AutoRosterSettings saveSettings(int max, int fairness, int language, int experience, int avoided,
                                           int preferred, int lone, int other, int seconds, int unimproved) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        AutoRosterSettings s = em.find(AutoRosterSettings.class, caller.provinceId());
        Map<String, Object> before = s == null ? null : describe(s);
        if (s == null) {
            s = new AutoRosterSettings(caller.provinceId());
            s.change(max, fairness, language, experience, avoided, preferred, lone, other, seconds, unimproved);
            em.persist(s);
        } else {
            s.change(max, fairness, language, experience, avoided, preferred, lone, other, seconds, unimproved);
        }
        audit.record(caller.username(), AuditAction.UPDATE, "AutoRosterSettings", caller.provinceId(),
                caller.provinceId(), null, LocalizedText.of("audit.event.autoroster.settings"), before, describe(s));
        return s;
    }

    private static Map<String, Object> describe(AutoRosterSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxSessionsPerWeek", s.getMaxSessionsPerWeek());
        m.put("fairness", s.getFairness());
        m.put("language", s.getLanguage());
        m.put("experience", s.getExperience());
        m.put("avoided", s.getAvoided());
        m.put("preferred", s.getPreferred());
        m.put("loneSession", s.getLoneSession());
        m.put("otherCommune", s.getOtherCommune());
        m.put("solveSeconds", s.getSolveSeconds());
        m.put("unimprovedSeconds", s.getUnimprovedSeconds());
        return m;
    }

    private AutoRosterSettings settingsOf(Long provinceId) {
        AutoRosterSettings s = em.find(AutoRosterSettings.class, provinceId);
        return s == null ? new AutoRosterSettings(provinceId) : s;
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The run, if the caller may see it: the province coordinator of its province, or the coordinator of its commune. */
    private RosterRun visible(UUID id) {
        Caller caller = callers.current();
        RosterRun run = runs.find(id).orElseThrow(() -> new NotFoundException("RosterRun", null));
        boolean mine = caller.provinceId().equals(run.getProvinceId())
                && (caller.is(Role.PROVINCE_COORDINATOR) || (caller.is(Role.COMMUNE_COORDINATOR)
                && run.getCommuneId() != null && run.getCommuneId().equals(caller.communeId())));
        if (!mine) {
            throw new AccessDeniedException();
        }
        return run;
    }
}
