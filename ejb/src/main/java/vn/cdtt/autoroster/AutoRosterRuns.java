package vn.cdtt.autoroster;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The solves of the application: one Timefold SolverManager (on the container's managed threads, one solve at a
 * time on these two-core machines – the others wait their turn) and the runs by id. Runs are kept in memory for a
 * day after they start; an ended run is stored too ({@link AutoRosterStore}), so after a restart its proposal comes
 * back from the database.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AutoRosterRuns {

    private static final Logger LOG = Logger.getLogger(AutoRosterRuns.class.getName());
    private static final Duration KEPT = Duration.ofHours(24);

    private final Map<UUID, RosterRun> runs = new ConcurrentHashMap<>();
    private SolverManager<RosterPlan, UUID> manager;

    @jakarta.ejb.EJB
    AutoRosterStore store;

    @PostConstruct
    void start() {
        manager = SolverManager.create(RosterSolverConfig.of(Duration.ofSeconds(30), null),
                new SolverManagerConfig().withParallelSolverCount("1").withThreadFactoryClass(ManagedThreads.class));
    }

    @PreDestroy
    void stop() {
        manager.close();
    }

    /**
     * Starts solving the run's problem, stopping after {@code limit} or {@code unimproved} without a better plan. The
     * run waits (and says so) only when another run is ahead of it; otherwise it is preparing until the solver takes
     * it up.
     */
    public RosterRun solve(RosterRun run, Duration limit, Duration unimproved) {
        forgetOld(run.getStartedAt());
        if (runs.values().stream().anyMatch(RosterRun::isRunning)) {
            run.queued();
        }
        runs.put(run.getId(), run);
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved);
        manager.solveBuilder()
                .withProblemId(run.getId())
                .withProblem(run.getProblem())
                .withConfigOverride(new SolverConfigOverride<RosterPlan>().withTerminationConfig(termination))
                .withSolverJobStartedConsumer(plan -> run.solving())
                .withFirstInitializedSolutionConsumer(run::firstPlan)
                .withBestSolutionConsumer(run::improved)
                .withFinalBestSolutionConsumer(plan -> {
                    RosterRun.State end = run.finished(plan, run.stopRequested());
                    keep(run, end);
                    run.ended(end);
                    LOG.info(() -> "automatic rostering " + run.getId() + ": solving began after "
                            + run.waitedMillis() + " ms, first complete plan after " + run.firstPlanMillis()
                            + " ms, ended " + end + " after " + run.elapsed().toMillis() + " ms");
                })
                .withExceptionHandler((id, e) -> {
                    LOG.log(Level.SEVERE, "automatic rostering " + id + " failed", e);
                    run.failed();
                })
                .run();
        return run;
    }

    /** The run of this server's life, or one stored before a restart. */
    public Optional<RosterRun> find(UUID id) {
        RosterRun run = id == null ? null : runs.get(id);
        return run != null ? Optional.of(run) : store.find(id);
    }

    /** Forgets the run in memory, as a restart of the server does (it stays in the database once ended). */
    public void evict(UUID id) {
        runs.remove(id);
    }

    /** Stores the ended run's proposal; a failure is logged, the run stays in memory all the same. */
    private void keep(RosterRun run, RosterRun.State end) {
        try {
            store.save(run, end);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "automatic rostering " + run.getId() + ": the proposal could not be stored", e);
        }
    }

    /** Asks a run to stop; its best plan so far becomes the proposal. */
    public void stop(RosterRun run) {
        run.requestStop();
        manager.terminateEarly(run.getId());
    }

    private void forgetOld(LocalDateTime now) {
        runs.values().removeIf(r -> !r.isRunning() && r.getStartedAt().plus(KEPT).isBefore(now));
    }
}
