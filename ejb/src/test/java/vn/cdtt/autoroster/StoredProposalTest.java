package vn.cdtt.autoroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cdtt.commune.SessionPart;

/** A finished run's proposal, as the database keeps it: the same proposal comes back after a restart. */
class StoredProposalTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

    @Test
    void theStoredProposalIsTheProposalWithItsMovesEmptySeatsCausesAndFigures() {
        PlanMember a = new PlanMember(1L, "Nguyễn Văn An", 7L, true, true, Set.of("vi"), 0, null);
        PlanMember b = new PlanMember(2L, "Trần Thị Bình", 7L, true, true, Set.of("vi"), 0, null);
        PlanShift mon = new PlanShift(1L, 1L, "Một cửa", 7L, MONDAY, SessionPart.MORNING, 2, "jrai", "Tiếng Jrai",
                "Jrai");
        PlanShift tue = new PlanShift(2L, 1L, "Một cửa", 7L, MONDAY.plusDays(1), SessionPart.MORNING, 1, null);
        List<Seat> seats = new ArrayList<>(List.of(Seat.taken(mon, a), Seat.open(mon, 1), Seat.movable(tue, a)));
        RosterPlan plan = new RosterPlan(new ArrayList<>(List.of(a, b)), List.of(mon, tue), new ArrayList<>(),
                new PlanRules(5, false), seats, null);
        seats.get(1).setMember(null);
        seats.get(2).setMember(b); // Tuesday moves from An to Bình; Monday's second seat stays empty
        RosterRun run = new RosterRun(UUID.randomUUID(), 1L, 7L, MONDAY, MONDAY.plusDays(6), false, "xa.demo",
                LocalDateTime.of(2030, 3, 1, 9, 0), plan);
        RosterRun.State end = run.finished(plan, false);
        assertFalse(run.hasProposal(), "not ended until stored");
        run.ended(end);
        assertTrue(run.hasProposal());

        StoredProposal stored = new StoredProposal(run, end, true);
        Proposal back = stored.proposal();
        assertEquals(run.getProposal(), back);
        assertEquals(1, back.seats().size());
        assertEquals(1L, back.seats().get(0).replacesId());
        assertEquals(1, back.empty().size());
        assertEquals(EmptyCause.NOT_REACHED, back.empty().get(0).cause(), "Bình was free on Monday: set by hand here");
        assertEquals(run.getProposal().figures(), back.figures());
        assertEquals(run.getProposal().quickFill(), back.quickFill());
        RosterRun restored = RosterRun.restored(stored, back);
        assertTrue(restored.isRestored(), "restored");
        assertTrue(restored.hasProposal(), "has proposal " + restored.getState());
        assertTrue(restored.isFeasible(), "feasible");
        assertEquals(RosterRun.State.DONE, RunProgress.of(restored).state());
    }
}
