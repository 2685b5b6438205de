package vn.cdtt.notification;

/** What a notification is about; {@code notify.<KIND>} and {@code notify.<KIND>.subject} are its bundle keys. */
public enum NotificationKind {
    ASSIGNED, REMOVED, SHIFT_CHANGED, SHIFT_CANCELLED, SWAP_REQUESTED, SWAP_ACCEPTED, SWAP_DECIDED, OPEN_SEAT,
    REMINDER, TRAINING_PLANNED, TRAINING_CANCELLED, ALLOWANCE_SUBMITTED, ALLOWANCE_APPROVED, ALLOWANCE_RETURNED,
    ALLOWANCE_PAID, REQUEST_FILED, REQUEST_ANSWERED, REQUEST_CANCELLED, REQUEST_SEATS, REQUEST_WAITING, REQUEST_SHORT,
    /** Automatic rostering applied: one digest per member of the seats they were given. */
    AUTO_ROSTERED
}
