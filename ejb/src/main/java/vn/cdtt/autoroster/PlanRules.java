package vn.cdtt.autoroster;

import vn.cdtt.duty.WeeklyLimit;

/**
 * The run's rules that are not weights (a problem fact): the most sessions a member takes in a week (the
 * {@link WeeklyLimit} the board's fair fill keeps too), and whether members of other communes may be drawn on
 * (province runs only; then they are penalised).
 */
public record PlanRules(WeeklyLimit weeklyLimit, boolean otherCommunesAllowed) {

    public PlanRules(int maxSessionsPerWeek, boolean otherCommunesAllowed) {
        this(new WeeklyLimit(maxSessionsPerWeek), otherCommunesAllowed);
    }
}
