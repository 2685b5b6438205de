package vn.cdtt.autoroster;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How a run is going, for the live progress: its state, of the {@code emptySeats} it is to fill how many the best
 * plan so far fills (unpinned assignments are not counted: they have a member already; {@code unpinned} says how
 * many there are), the seconds since it started and when the first complete plan came (ms, -1: not yet), and
 * whether the plan breaks no rule.
 */
public record RunProgress(UUID id, RosterRun.State state, boolean feasible, long filled, long emptySeats, long unpinned,
                          long elapsedSeconds, long firstPlanMillis, Long communeId, LocalDate from, LocalDate to) {

    static RunProgress of(RosterRun run) {
        if (run.isRestored()) {
            Proposal p = run.getProposal();
            long empty = p.figures() == null ? p.filled() + p.emptySeats() : p.figures().open();
            return new RunProgress(run.getId(), run.getState(), run.isFeasible(), p.filled(), empty, p.moves(),
                    run.elapsed().toSeconds(), p.firstPlanMillis(), run.getCommuneId(), run.getFrom(), run.getTo());
        }
        RosterPlan problem = run.getProblem();
        return new RunProgress(run.getId(), run.getState(), run.isFeasible(), run.filledSoFar(), problem.emptySeats(),
                problem.unpinnedSeats(), run.elapsed().toSeconds(), run.firstPlanMillis(), run.getCommuneId(),
                run.getFrom(), run.getTo());
    }
}
