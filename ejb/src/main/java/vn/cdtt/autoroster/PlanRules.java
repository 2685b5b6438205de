package vn.cdtt.autoroster;

/**
 * The run's rules that are not weights (a problem fact): the most sessions a member takes in a week, and whether
 * members of other communes may be drawn on (province runs only; then they are penalised).
 */
public record PlanRules(int maxSessionsPerWeek, boolean otherCommunesAllowed) {

    public static final int DEFAULT_MAX_SESSIONS_PER_WEEK = 5;
}
