package vn.cdtt.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.autoroster.BusySlot;
import vn.cdtt.autoroster.PlanMember;
import vn.cdtt.autoroster.PlanRules;
import vn.cdtt.autoroster.PlanShift;
import vn.cdtt.autoroster.RosterPlan;
import vn.cdtt.autoroster.RosterSolverConfig;
import vn.cdtt.autoroster.Seat;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.PersonName;

/**
 * The demo's Biển Hồ week, rebuilt in plain Java as the service builds it (members in name order, the centre's
 * eleven sessions, the absences): the quick fill leaves Jrai-speaking shifts without a speaker and puts members on
 * sessions they asked to avoid; the solver does visibly better, so a newcomer sees why the feature exists.
 */
class AutoRosterDemoTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 14);
    private static final long BIEN_HO = 63L;

    private static RosterPlan week() {
        List<AutoRosterDemo.Volunteer> ordered = AutoRosterDemo.VOLUNTEERS.stream()
                .sorted(Comparator.comparing(v -> PersonName.parse(v.name()).sortKey())).toList();
        long speakers = ordered.stream().filter(v -> v.languages().contains("jrai")).count();
        assertTrue(speakers >= 0.2 * ordered.size(), "Jrai is the commune's language: " + speakers + " speakers");
        List<PlanMember> members = new ArrayList<>();
        List<BusySlot> busy = new ArrayList<>();
        for (AutoRosterDemo.Volunteer v : ordered) {
            PlanMember m = new PlanMember((long) members.size() + 1, v.name(), BIEN_HO, true, true, v.languages(), 0,
                    v.wishes());
            members.add(m);
            for (String away : v.awayNextWeek()) {
                String[] when = away.split("@");
                busy.add(new BusySlot(m, MONDAY.plusDays(DayOfWeek.valueOf(when[0]).getValue() - 1L),
                        SessionPart.valueOf(when[1]), false));
            }
        }
        List<PlanShift> shifts = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            for (SessionPart part : SessionPart.shiftParts()) {
                if (d == 5 && part == SessionPart.AFTERNOON) {
                    continue; // Saturday: mornings only
                }
                PlanShift sh = new PlanShift(null, 63L, "Trung tâm PVHCC xã Biển Hồ", BIEN_HO, MONDAY.plusDays(d), part,
                        2, "jrai", "Tiếng Jrai", "Jrai");
                shifts.add(sh);
                seats.add(Seat.open(sh, 0));
                seats.add(Seat.open(sh, 1));
            }
        }
        return new RosterPlan(members, shifts, busy, new PlanRules(5, false), seats, null);
    }

    private record Figures(long filled, long withSpeaker, long preferred, long avoided, int spread) {
        static Figures of(RosterPlan plan) {
            long filled = plan.getSeats().stream().filter(s -> s.getMember() != null).count();
            long withSpeaker = plan.getShifts().stream().filter(sh -> plan.getSeats().stream()
                    .anyMatch(s -> s.getShift() == sh && s.getMember() != null && s.getMember().speaks("jrai"))).count();
            long preferred = plan.getSeats().stream().filter(s -> s.getMember() != null
                    && s.getMember().prefers(s.getShift().getDay(), s.getShift().getPart())).count();
            long avoided = plan.getSeats().stream().filter(s -> s.getMember() != null
                    && s.getMember().avoids(s.getShift().getDay(), s.getShift().getPart())).count();
            int most = plan.getMembers().stream().mapToInt(m -> (int) plan.getSeats().stream()
                    .filter(s -> s.getMember() == m).count()).max().orElse(0);
            int fewest = plan.getMembers().stream().mapToInt(m -> (int) plan.getSeats().stream()
                    .filter(s -> s.getMember() == m).count()).min().orElse(0);
            return new Figures(filled, withSpeaker, preferred, avoided, most - fewest);
        }
    }

    @Test
    void theSolverVisiblyBeatsTheQuickFillOnTheDemoWeek() {
        Figures quick = Figures.of(week().fillGreedily());
        SolverConfig config = RosterSolverConfig.of(Duration.ofMinutes(10), null)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(2_000)
                                .withStepCountLimit(30_000)));
        Figures solved = Figures.of(SolverFactory.<RosterPlan>create(config).buildSolver().solve(week().fillGreedily()));
        System.out.println("Biển Hồ demo week – quick fill " + quick + ", solver " + solved);

        assertEquals(22, quick.filled());
        assertEquals(22, solved.filled());
        assertTrue(solved.withSpeaker() >= quick.withSpeaker() + 3, quick + " → " + solved);
        assertTrue(solved.preferred() >= quick.preferred() + 3, quick + " → " + solved);
        assertTrue(solved.avoided() + 3 <= quick.avoided(), quick + " → " + solved);
        assertTrue(solved.spread() <= quick.spread(), quick + " → " + solved);
    }
}
