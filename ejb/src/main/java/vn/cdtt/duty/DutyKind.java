package vn.cdtt.duty;

/** Kinds of duty that take a member's time; all share the "no two places at once" rule of {@link DutySlots}. */
public enum DutyKind {
    SHIFT,
    /** Leading or assisting a training session (vn.cdtt.training). */
    TRAINING,
    /** Not a duty but the member's own unavailability: it blocks the session the same way. */
    UNAVAILABLE
}
