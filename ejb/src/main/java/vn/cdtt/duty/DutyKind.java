package vn.cdtt.duty;

/** Kinds of duty that take a member's time; all share the "no two places at once" rule of {@link DutySlot}. */
public enum DutyKind {
    SHIFT
}
