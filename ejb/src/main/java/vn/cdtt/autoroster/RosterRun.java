package vn.cdtt.autoroster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One solve: who started it and for what scope, the best plan so far, and how it ended. Held in memory by
 * {@link AutoRosterRuns}, so a coordinator can leave the page and come back while it runs.
 */
public final class RosterRun {

    /** Where a run is. */
    public enum State { WAITING, SOLVING, DONE, STOPPED, FAILED, APPLIED }

    private final UUID id;
    private final Long provinceId;
    private final Long communeId;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean otherCommunesAllowed;
    private final String startedBy;
    private final LocalDateTime startedAt;
    private final long startedNanos = System.nanoTime();
    private final RosterPlan problem;
    private volatile RosterPlan best;
    private volatile State state = State.WAITING;
    private volatile long endedNanos;
    private volatile long firstFeasibleNanos;
    private volatile boolean stopRequested;

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
    }

    void improved(RosterPlan plan) {
        best = plan;
        if (state == State.WAITING) {
            state = State.SOLVING;
        }
        if (firstFeasibleNanos == 0 && plan.getScore() != null && plan.getScore().isFeasible()
                && plan.getScore().isSolutionInitialized()) {
            firstFeasibleNanos = System.nanoTime();
        }
    }

    void finished(RosterPlan plan, boolean stopped) {
        best = plan;
        endedNanos = System.nanoTime();
        state = stopped ? State.STOPPED : State.DONE;
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
        return state == State.WAITING || state == State.SOLVING;
    }

    /** Has the solve ended with a plan that can be applied? */
    public boolean hasProposal() {
        return (state == State.DONE || state == State.STOPPED) && best != null;
    }

    public Duration elapsed() {
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
