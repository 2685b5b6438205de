package vn.cdtt.duty;

/** The verdict on a member's attendance of a shift: not yet given, there, or not there (no-show). */
public enum Presence {
    UNCONFIRMED, PRESENT, ABSENT
}
