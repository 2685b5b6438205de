package vn.cdtt.autoroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.commune.SessionPart;

/** The solver on a small commune week, in plain Java: what a coordinator gets from one click. */
class RosterSolveTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    private static final long COMMUNE = 7L;

    private static RosterPlan week(int memberCount, List<BusySlot> busyOf, Map<Integer, Integer> pinnedMemberOfShift,
                                   List<PlanMember> members) {
        for (int i = 1; i <= memberCount; i++) {
            members.add(new PlanMember((long) i, "M" + i, COMMUNE, true, true,
                    i % 4 == 0 ? Set.of("vi", "jrai") : Set.of("vi"), i % 3 == 0 ? 8 : 0, null));
        }
        List<PlanShift> shifts = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        long id = 1;
        for (int d = 0; d < 5; d++) {
            for (SessionPart part : SessionPart.shiftParts()) {
                for (long site = 1; site <= 2; site++) {
                    PlanShift sh = new PlanShift(id, site, "Site " + site, COMMUNE, MONDAY.plusDays(d), part, 2,
                            site == 2 ? "jrai" : null, "Tiếng Jrai");
                    shifts.add(sh);
                    Integer pinned = pinnedMemberOfShift.get((int) id);
                    seats.add(pinned == null ? Seat.open(sh, 0) : Seat.taken(sh, members.get(pinned - 1)));
                    seats.add(Seat.open(sh, 1));
                    id++;
                }
            }
        }
        return new RosterPlan(members, shifts, busyOf, new PlanRules(5, false), seats, null);
    }

    /**
     * Solves in plain Java, bounded by steps, not time (the same result on a slow machine): the construction, then
     * local search until 2,000 steps bring nothing better (at most 30,000). The solver is reproducible by default.
     */
    static RosterPlan solve(RosterPlan problem) {
        SolverConfig config = RosterSolverConfig.of(Duration.ofMinutes(10), null)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(2_000)
                                .withStepCountLimit(30_000)));
        return SolverFactory.<RosterPlan>create(config).buildSolver().solve(problem);
    }

    @Test
    void enoughMembersFillEveryEmptySeatFairlyKeepingExistingAssignmentsAndBreakingNoRule() {
        List<PlanMember> members = new ArrayList<>();
        List<BusySlot> busy = new ArrayList<>();
        RosterPlan problem = week(10, busy, Map.of(1, 1, 5, 1), members);
        busy.add(new BusySlot(members.get(1), MONDAY, SessionPart.MORNING, false));
        RosterPlan plan = solve(problem);

        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
        assertEquals(0, plan.getScore().mediumScore(), "every seat filled: " + plan.getScore());
        List<Seat> pinned = plan.getSeats().stream().filter(Seat::isPinned).toList();
        assertEquals(2, pinned.size());
        assertTrue(pinned.stream().allMatch(s -> s.getMember().getId() == 1L));
        assertTrue(plan.getSeats().stream().noneMatch(s -> s.getMember().getId() == 2L
                && s.getShift().getDate().equals(MONDAY) && s.getShift().getPart() == SessionPart.MORNING));
        // 40 seats for 10 members: 4 each, at most one apart
        Map<Long, Integer> load = new HashMap<>();
        plan.getSeats().forEach(s -> load.merge(s.getMember().getId(), 1, Integer::sum));
        int min = members.stream().mapToInt(m -> load.getOrDefault(m.getId(), 0)).min().orElseThrow();
        int max = members.stream().mapToInt(m -> load.getOrDefault(m.getId(), 0)).max().orElseThrow();
        assertTrue(max - min <= 1, "spread " + load);
        assertTrue(EmptySeats.explain(plan).isEmpty());
    }

    /**
     * More members than seats, one of whom declared a single absence (so they are alone in their availability group):
     * nobody gets a second session while others have none – the lone member does not absorb the group's sessions.
     */
    @Test
    void aMemberWithOneDeclaredAbsenceDoesNotTakeTheSessionsOfTheOthers() {
        List<PlanMember> members = new ArrayList<>();
        List<BusySlot> busy = new ArrayList<>();
        RosterPlan problem = week(60, busy, Map.of(), members);
        busy.add(new BusySlot(members.get(1), MONDAY.plusDays(4), SessionPart.MORNING, false));
        // the mornings of one site: 10 seats for 60 members
        List<Seat> mornings = new ArrayList<>(problem.getSeats().stream().filter(s -> s.getShift().getSiteId() == 1L
                && s.getShift().getPart() == SessionPart.MORNING).toList());
        RosterPlan plan = solve(new RosterPlan(members, problem.getShifts(), busy, new PlanRules(5, false), mornings,
                null).fillGreedily());
        Map<Long, Integer> load = new HashMap<>();
        plan.getSeats().forEach(s -> load.merge(s.getMember().getId(), 1, Integer::sum));
        assertEquals(1, load.values().stream().mapToInt(Integer::intValue).max().orElseThrow(), "loads " + load);
    }

    @Test
    void tooFewMembersLeaveSeatsEmptyWithTheRuleThatKeptEveryoneAway() {
        List<PlanMember> members = new ArrayList<>();
        // 7 members × 5 sessions a week = 35 sessions for 40 seats: 5 stay empty
        RosterPlan plan = solve(week(7, new ArrayList<>(), Map.of(), members));

        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
        assertEquals(-5, plan.getScore().mediumScore(), plan.getScore().toString());
        List<EmptySession> empty = EmptySeats.explain(plan);
        assertEquals(5, empty.stream().mapToInt(EmptySession::seats).sum(), empty.toString());
        // every member free in those sessions already has five: the weekly limit, not a lack of free members
        assertTrue(empty.stream().allMatch(e -> e.cause() == EmptyCause.WEEK_LIMIT && e.weekFull() > 0), empty.toString());
        List<EmptyGroup> groups = EmptyGroup.of(empty);
        assertEquals(1, groups.size(), "one line for the commune and its cause: " + groups);
        assertEquals(5, groups.get(0).seats());
    }

    @Test
    void anUnpinnedAssignmentMayMoveWhilePinnedOnesStay() {
        // member 1 holds four seats; two are pinned and two unpinned; fairness wants the unpinned ones elsewhere
        List<PlanMember> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(new PlanMember((long) i, "M" + i, COMMUNE, true, true, Set.of("vi"), 8, null));
        }
        PlanMember first = members.get(0);
        List<PlanShift> shifts = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            PlanShift sh = new PlanShift((long) d + 1, 1L, "Site", COMMUNE, MONDAY.plusDays(d), SessionPart.MORNING, 1,
                    null);
            shifts.add(sh);
            seats.add(d < 2 ? Seat.taken(sh, first) : Seat.movable(sh, first));
        }
        RosterPlan plan = solve(new RosterPlan(members, shifts, new ArrayList<>(), new PlanRules(5, false), seats,
                null));

        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
        assertEquals(0, plan.getScore().mediumScore(), plan.getScore().toString());
        assertTrue(plan.getSeats().stream().filter(Seat::isPinned).allMatch(s -> s.getMember() == first));
        List<Seat> moved = plan.getSeats().stream().filter(Seat::isMove).toList();
        assertEquals(2, moved.size(), plan.getSeats().toString());
        assertTrue(moved.stream().allMatch(s -> s.getOriginal() == first && s.getMember() != first));
        Proposal proposal = Proposal.of(plan, PlanFigures.of(plan), -1);
        assertEquals(2, proposal.seats().size());
        assertTrue(proposal.seats().stream().allMatch(p -> p.isMove() && p.replacesId() == 1L));
    }

    /**
     * The cause of an empty seat follows from the facts: with the only member on the shift's other seat, nobody is
     * free – said once for the shift's two empty seats, not "no free member speaks Jrai" twice.
     */
    @Test
    void anEmptySeatNobodyIsFreeForSaysSoOncePerShiftAndNotThatNobodySpeaksTheLanguage() {
        PlanMember only = new PlanMember(1L, "M1", COMMUNE, true, true, Set.of("vi"), 0, null);
        PlanShift sh = new PlanShift(1L, 1L, "Site", COMMUNE, MONDAY, SessionPart.MORNING, 3, "jrai", "Tiếng Jrai",
                "Jrai").inCommune("Biển Hồ", "XA");
        RosterPlan plan = new RosterPlan(new ArrayList<>(List.of(only)), List.of(sh), new ArrayList<>(),
                new PlanRules(5, false), new ArrayList<>(List.of(Seat.taken(sh, only), Seat.open(sh, 1),
                Seat.open(sh, 2))), null);
        List<EmptySession> empty = EmptySeats.explain(plan);
        assertEquals(1, empty.size(), "one entry for the shift: " + empty);
        EmptySession e = empty.get(0);
        assertEquals(EmptyCause.NONE_FREE, e.cause());
        assertEquals(2, e.seats());
        assertEquals(1, e.candidates());
        assertEquals(1, e.onShift());
        assertEquals("Biển Hồ", e.communeName());
    }

    @Test
    void aCommuneWithNobodyToPlanAndASeatTheSolverDidNotReachHaveTheirOwnCauses() {
        PlanMember free = new PlanMember(1L, "M1", COMMUNE, true, true, Set.of("vi"), 0, null);
        PlanShift here = new PlanShift(1L, 1L, "Site", COMMUNE, MONDAY, SessionPart.MORNING, 1, null);
        PlanShift empty = new PlanShift(2L, 2L, "Elsewhere", 99L, MONDAY, SessionPart.MORNING, 2, null);
        RosterPlan plan = new RosterPlan(new ArrayList<>(List.of(free)), List.of(here, empty), new ArrayList<>(),
                new PlanRules(5, false), new ArrayList<>(List.of(Seat.open(here, 0), Seat.open(empty, 0),
                Seat.open(empty, 1))), null);
        Map<Long, EmptySession> byCommune = new HashMap<>();
        EmptySeats.explain(plan).forEach(e -> byCommune.put(e.communeId(), e));
        assertEquals(EmptyCause.NOT_REACHED, byCommune.get(COMMUNE).cause(), "M1 was free: the solver stopped");
        assertEquals(1, byCommune.get(COMMUNE).free());
        assertEquals(EmptyCause.NO_MEMBERS, byCommune.get(99L).cause());
        assertEquals(2, byCommune.get(99L).seats());
    }

    /** The progress counts the empty seats a plan fills: an unpinned assignment kept as it is is not "placed". */
    @Test
    void theProgressCountsOnlyEmptySeatsThePlanFills() {
        PlanMember a = new PlanMember(1L, "M1", COMMUNE, true, true, Set.of("vi"), 0, null);
        List<PlanShift> shifts = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            for (SessionPart part : SessionPart.shiftParts()) {
                PlanShift sh = new PlanShift((long) shifts.size() + 1, 1L, "Site", COMMUNE, MONDAY.plusDays(d), part, 2,
                        null);
                shifts.add(sh);
                seats.add(shifts.size() == 1 ? Seat.movable(sh, a) : Seat.open(sh, 0));
                seats.add(Seat.open(sh, 1));
            }
        }
        seats.remove(seats.size() - 1); // 19 seats: one unpinned assignment, 18 empty ones
        RosterPlan plan = new RosterPlan(new ArrayList<>(List.of(a)), shifts, new ArrayList<>(),
                new PlanRules(5, false), seats, null);
        RosterRun run = new RosterRun(java.util.UUID.randomUUID(), 1L, COMMUNE, MONDAY, MONDAY.plusDays(6), false,
                "xa.demo", java.time.LocalDateTime.of(2030, 3, 1, 9, 0), plan);
        run.improved(plan); // the solver keeps the unpinned member and fills nothing else
        RunProgress progress = RunProgress.of(run);
        assertEquals(0, progress.filled(), progress.toString());
        assertEquals(18, progress.emptySeats());
        assertEquals(1, progress.unpinned());
    }

    /** The quick fill the solver starts from keeps the weekly limit too: one member, ten sessions, limit 3. */
    @Test
    void theQuickFillPlansNobodyBeyondTheWeeklyLimit() {
        List<PlanMember> members = new ArrayList<>();
        RosterPlan plan = week(1, new ArrayList<>(), Map.of(), members);
        plan = new RosterPlan(members, plan.getShifts(), new ArrayList<>(), new PlanRules(3, false),
                plan.getSeats(), null).fillGreedily();
        assertEquals(3, plan.getSeats().stream().filter(s -> s.getMember() != null).count());
    }
}
