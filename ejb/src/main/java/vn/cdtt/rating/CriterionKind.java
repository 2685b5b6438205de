package vn.cdtt.rating;

/** Measured from the system's data, or declared by the commune with evidence and confirmed by the province. */
public enum CriterionKind {
    COMPUTED, DECLARED
}
