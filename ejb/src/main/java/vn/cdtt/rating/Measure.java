package vn.cdtt.rating;

/**
 * What a computed criterion measures, each over all communes of the province for a week in one grouped query (or a
 * fixed few), and the threshold it is held to.
 */
public enum Measure {
    /** Seats short over the week's sessions (the seat-coverage light of CoverageService) at most {@code threshold}. */
    SEATS_SHORT(0),
    /** At least {@code threshold} trainings held in the month of the week (the month its Thursday is in). */
    TRAINING_MONTH(1),
    /** Attended duties / assigned duties of the week's days already over, in percent, at least {@code threshold}. */
    ATTENDANCE(90),
    /** No helper request of the commune unanswered for more than {@code threshold} hours during the week. */
    REQUEST_ANSWER(48),
    /** Every team has a leader, at least one team, and at least {@code threshold} active members. */
    TEAM_STRENGTH(4);

    private final int defaultThreshold;

    Measure(int defaultThreshold) {
        this.defaultThreshold = defaultThreshold;
    }

    public int defaultThreshold() {
        return defaultThreshold;
    }
}
