package vn.cdtt.allowance;

/**
 * Where a commune's monthly statement stands: a live draft, submitted by the commune (its work locked), approved by
 * the province (frozen for good), paid. A statement returned by the province goes back to OPEN with the reason.
 */
public enum StatementState {
    OPEN, SUBMITTED, APPROVED, PAID
}
