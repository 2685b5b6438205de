package vn.cdtt.rating;

/** A declaration waits for the province, then counts (confirmed) or not (rejected, with a reason). */
public enum DeclarationState {
    PENDING, CONFIRMED, REJECTED
}
