package vn.cdtt.autoroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
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

    private static RosterPlan solve(RosterPlan problem) {
        return SolverFactory.<RosterPlan>create(RosterSolverConfig.of(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .buildSolver().solve(problem);
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

    @Test
    void tooFewMembersLeaveSeatsEmptyWithTheRuleThatKeptEveryoneAway() {
        List<PlanMember> members = new ArrayList<>();
        // 7 members × 5 sessions a week = 35 sessions for 40 seats: 5 stay empty
        RosterPlan plan = solve(week(7, new ArrayList<>(), Map.of(), members));

        assertEquals(0, plan.getScore().hardScore(), plan.getScore().toString());
        assertEquals(-5, plan.getScore().mediumScore(), plan.getScore().toString());
        List<EmptySeat> empty = EmptySeats.explain(plan);
        assertEquals(5, empty.size());
        assertTrue(empty.stream().allMatch(e -> e.reason().key().startsWith("autoroster.empty.noneFree")),
                empty.toString());
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
        Proposal proposal = Proposal.of(plan);
        assertEquals(2, proposal.seats().size());
        assertTrue(proposal.seats().stream().allMatch(p -> p.isMove() && p.replacesId() == 1L));
    }

    @Test
    void anEmptySeatReasonNamesTheLanguageInTheReadersLanguage() {
        PlanMember only = new PlanMember(1L, "M1", COMMUNE, true, true, Set.of("vi"), 0, null);
        PlanShift sh = new PlanShift(1L, 1L, "Site", COMMUNE, MONDAY, SessionPart.MORNING, 2, "jrai", "Tiếng Jrai",
                "Jrai");
        RosterPlan plan = new RosterPlan(new ArrayList<>(List.of(only)), List.of(sh), new ArrayList<>(),
                new PlanRules(5, false), new ArrayList<>(List.of(Seat.taken(sh, only), Seat.open(sh, 1))), null);
        List<EmptySeat> empty = EmptySeats.explain(plan);
        assertEquals(1, empty.size());
        String en = empty.get(0).reason().render(java.util.Locale.ENGLISH);
        String vi = empty.get(0).reason().render(java.util.Locale.forLanguageTag("vi"));
        assertTrue(en.contains("speaks Jrai") && !en.contains("Tiếng"), en);
        assertTrue(vi.contains("nói Tiếng Jrai"), vi);
        // stored and read back, it is still named in both languages
        var back = vn.cdtt.common.LocalizedText.decode(empty.get(0).reason().key(),
                empty.get(0).reason().encodedArguments());
        assertEquals(en, back.render(java.util.Locale.ENGLISH));
    }
}
