package vn.cdtt.duty;

/**
 * A member was just put on a shift ({@link Staffing#put}), in the same transaction and with the shift locked:
 * features that give meaning to some of a shift's seats (the extra seats of a helper request) observe it.
 */
public record ShiftStaffed(Shift shift, Assignment assignment) {
}
