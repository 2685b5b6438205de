package vn.cdtt.duty;

/** Where a swap or give-away stands. ASKED, OPEN and ACCEPTED are still pending; the others are final. */
public enum SwapStatus {
    /** A named colleague is asked to take the shift. */
    ASKED,
    /** On the commune's open board: anyone of the commune may take it. */
    OPEN,
    /** A colleague will take it; the coordinator decides. */
    ACCEPTED,
    APPROVED, DECLINED, REJECTED, CANCELLED;

    public boolean isPending() {
        return this == ASKED || this == OPEN || this == ACCEPTED;
    }
}
