package vn.cdtt.allowance;

/**
 * What a line pays for. The first six are rates of a policy version; the caps come out as negative lines that bring
 * a member's or a team's month down to the cap, so the statement shows what was cut and why.
 */
public enum AllowanceComponent {
    /** Per attended duty session at a service centre (by site kind if the version says so). */
    DUTY_SESSION,
    /** Per held training session, leading it. */
    TRAINING_LEAD,
    /** Per held training session, assisting. */
    TRAINING_ASSISTANT,
    /** Per day a member served a helper request (instead of that day's duty sessions), where the version has a rate. */
    MOBILISED_DAY,
    /** Flat per active member a month, with a minimum of attended sessions. */
    MEMBER_MONTHLY,
    /** Flat per team a month, paid to the team leader. */
    TEAM_MONTHLY,
    /** The cut down to the cap per member and month. */
    MEMBER_CAP,
    /** The cut down to the cap per team and month, shared by the team's members in proportion to their amounts. */
    TEAM_CAP
}
