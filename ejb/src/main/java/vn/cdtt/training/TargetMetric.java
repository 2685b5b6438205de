package vn.cdtt.training;

/** What the province sets a yearly target for, and counts from the recorded sessions. */
public enum TargetMetric {
    /** Participants of held sessions. */
    PEOPLE_TRAINED,
    SESSIONS_HELD,
    VNEID_ACTIVATED,
    DOSSIERS_FILED,
    EPAYMENT_OPENED
}
