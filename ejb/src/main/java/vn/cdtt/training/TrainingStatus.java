package vn.cdtt.training;

/** Planned, held (its result recorded) or cancelled (with a reason). */
public enum TrainingStatus {
    PLANNED, HELD, CANCELLED
}
