package vn.cdtt.autoroster;

import java.time.LocalDate;
import java.util.UUID;

/** How a run is going, for the live progress: its state, the best score so far, seats filled of the open ones. */
public record RunProgress(UUID id, RosterRun.State state, String score, boolean feasible, long filled, long open,
                          long elapsedSeconds, Long communeId, LocalDate from, LocalDate to) {

    static RunProgress of(RosterRun run) {
        if (run.isRestored()) {
            Proposal p = run.getProposal();
            return new RunProgress(run.getId(), run.getState(), p.score(), run.isFeasible(), p.filled(), p.open(),
                    run.elapsed().toSeconds(), run.getCommuneId(), run.getFrom(), run.getTo());
        }
        RosterPlan best = run.getBest();
        RosterPlan shown = best == null ? run.getProblem() : best;
        return new RunProgress(run.getId(), run.getState(), best == null || best.getScore() == null ? ""
                : best.getScore().toString(), best != null && best.getScore() != null && best.getScore().isFeasible(),
                best == null ? 0 : best.filledSeats(), shown.openSeats(), run.elapsed().toSeconds(),
                run.getCommuneId(), run.getFrom(), run.getTo());
    }
}
