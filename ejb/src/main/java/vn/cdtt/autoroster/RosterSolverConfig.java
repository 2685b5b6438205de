package vn.cdtt.autoroster;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** The solver's configuration, built in code: the model, the rules and when to stop. */
public final class RosterSolverConfig {

    private RosterSolverConfig() {
    }

    /**
     * Solve for at most {@code limit}, or stop earlier once the best plan has not improved for {@code unimproved}
     * (null: run the whole limit).
     */
    public static SolverConfig of(Duration limit, Duration unimproved) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limit);
        if (unimproved != null) {
            termination.setUnimprovedSpentLimit(unimproved);
        }
        return new SolverConfig(RosterPlan.class.getClassLoader())
                .withSolutionClass(RosterPlan.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withTerminationConfig(termination);
    }
}
