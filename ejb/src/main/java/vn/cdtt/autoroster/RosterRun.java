package vn.cdtt.autoroster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One solve: who started it and for what scope, the best plan so far, and how it ended, with its proposal. Held in
 * memory by {@link AutoRosterRuns}, so a coordinator can leave the page and come back while it runs; once ended it
 * is also stored ({@link AutoRosterStore}), and after a restart it comes back from there with its proposal only.
 */
public final class RosterRun {

    /**
     * Where a run is: waiting for another run to end (one solve at a time), preparing (its solve has not begun, and
     * nothing is ahead of it), solving, then done, stopped, failed or applied.
     */
    public enum State { WAITING, PREPARING, SOLVING, DONE, STOPPED, FAILED, APPLIED }

    private final UUID id;
    private final Long provinceId;
    private final Long communeId;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean otherCommunesAllowed;
    private final String startedBy;
    private final LocalDateTime startedAt;
    private final long startedNanos = System.nanoTime();
    /** How long a restored run took (its plan is gone, its proposal kept); -1 for a run of this server's life. */
    private final long restoredMillis;
    private final RosterPlan problem;
    /** What the quick fill the solver starts from achieves (measured before solving; null when restored). */
    private final PlanFigures quickFill;
    private final long quickFilled;
    private volatile RosterPlan best;
    private volatile State state = State.PREPARING;
    private volatile long endedNanos;
    private volatile long solvingNanos;
    private volatile long firstPlanNanos;
    private volatile boolean stopRequested;
    private volatile Proposal proposal;
    private boolean restoredFeasible;

    RosterRun(UUID id, Long provinceId, Long communeId, LocalDate from, LocalDate to, boolean otherCommunesAllowed,
              String startedBy, LocalDateTime startedAt, RosterPlan problem) {
        this.id = id;
        this.provinceId = provinceId;
        this.communeId = communeId;
        this.from = from;
        this.to = to;
        this.otherCommunesAllowed = otherCommunesAllowed;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.problem = problem;
        this.restoredMillis = -1;
        this.quickFill = PlanFigures.of(problem);
        this.quickFilled = quickFill.filled();
    }

    private RosterRun(StoredProposal stored, Proposal proposal) {
        this.id = stored.getId();
        this.provinceId = stored.getProvinceId();
        this.communeId = stored.getCommuneId();
        this.from = stored.getFrom();
        this.to = stored.getTo();
        this.otherCommunesAllowed = stored.isOtherCommunes();
        this.startedBy = stored.getStartedBy();
        this.startedAt = stored.getStartedAt();
        this.problem = null;
        this.quickFill = proposal.quickFill();
        this.quickFilled = proposal.figures() == null ? 0 : proposal.figures().filled();
        this.restoredMillis = stored.getElapsedMs();
        this.proposal = proposal;
        this.state = stored.getState();
        this.restoredFeasible = stored.isFeasible();
    }

    /** A run of an earlier life of the server, from the database: its proposal, no plan. */
    static RosterRun restored(StoredProposal stored, Proposal proposal) {
        return new RosterRun(stored, proposal);
    }

    /** Another run is ahead of this one: it waits its turn. */
    void queued() {
        if (state == State.PREPARING) {
            state = State.WAITING;
        }
    }

    /** The solver has taken up the run. */
    void solving() {
        if (solvingNanos == 0) {
            solvingNanos = System.nanoTime();
        }
        if (state == State.WAITING || state == State.PREPARING) {
            state = State.SOLVING;
        }
    }

    /** A new best plan (a copy the solver no longer changes); the first complete one is timed. */
    void improved(RosterPlan plan) {
        best = plan;
        firstPlan(plan);
    }

    /**
     * The solver has a plan with every seat decided: the first one that breaks no rule is timed (the plan itself
     * may be the solver's working copy: it is only read here).
     */
    void firstPlan(RosterPlan plan) {
        solving();
        if (firstPlanNanos == 0 && plan.getScore() != null && plan.getScore().isFeasible()
                && plan.getScore().isSolutionInitialized()) {
            firstPlanNanos = System.nanoTime();
        }
    }

    /**
     * The solve has ended with this plan: its proposal is made, and the state it ends in returned – set by
     * {@link #ended} once the proposal is stored, so whoever sees the run ended also finds it stored.
     */
    State finished(RosterPlan plan, boolean stopped) {
        best = plan;
        endedNanos = System.nanoTime();
        if (plan != null && firstPlanNanos == 0 && plan.getScore() != null && plan.getScore().isFeasible()) {
            firstPlanNanos = endedNanos;
        }
        proposal = plan == null ? null : Proposal.of(plan, quickFill, firstPlanMillis());
        return stopped ? State.STOPPED : State.DONE;
    }

    void ended(State end) {
        state = end;
    }

    void failed() {
        endedNanos = System.nanoTime();
        state = State.FAILED;
    }

    void applied() {
        state = State.APPLIED;
    }

    void requestStop() {
        stopRequested = true;
    }

    /** Did the coordinator stop the solve before its time limit? */
    public boolean stopRequested() {
        return stopRequested;
    }

    public boolean isRunning() {
        return state == State.WAITING || state == State.PREPARING || state == State.SOLVING;
    }

    /** Has the solve ended with a plan that can be applied? */
    public boolean hasProposal() {
        return (state == State.DONE || state == State.STOPPED) && proposal != null;
    }

    /** The proposal of a run that has ended (null before). */
    public Proposal getProposal() {
        return proposal;
    }

    /** Does the best plan break no hard rule? */
    public boolean isFeasible() {
        if (problem == null) {
            return restoredFeasible;
        }
        RosterPlan b = best;
        return b != null && b.getScore() != null && b.getScore().isFeasible();
    }

    /** Restored from the database after a restart (no plan, only the proposal)? */
    public boolean isRestored() {
        return problem == null;
    }

    /** Milliseconds from the start of the run to the solver's first complete plan (-1: none yet). */
    public long firstPlanMillis() {
        if (problem == null) {
            return proposal == null ? -1 : proposal.firstPlanMillis();
        }
        long first = firstPlanNanos;
        return first == 0 ? -1 : (first - startedNanos) / 1_000_000;
    }

    /** Milliseconds from the start of the run until the solver took it up (-1: not yet). */
    public long waitedMillis() {
        long solving = solvingNanos;
        return solving == 0 ? -1 : (solving - startedNanos) / 1_000_000;
    }

    /** Empty seats the best plan so far fills (before the solver's first plan: the quick fill it starts from). */
    public long filledSoFar() {
        RosterPlan b = best;
        return b == null ? quickFilled : b.filledSeats();
    }

    public Duration elapsed() {
        if (restoredMillis >= 0) {
            return Duration.ofMillis(restoredMillis);
        }
        long end = endedNanos == 0 ? System.nanoTime() : endedNanos;
        return Duration.ofNanos(end - startedNanos);
    }

    public UUID getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    /** The commune planned, or null for the whole province. */
    public Long getCommuneId() {
        return communeId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public boolean isOtherCommunesAllowed() {
        return otherCommunesAllowed;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public RosterPlan getProblem() {
        return problem;
    }

    /** The best plan so far (null until the solver has one). */
    public RosterPlan getBest() {
        return best;
    }

    public State getState() {
        return state;
    }
}
