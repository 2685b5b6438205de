package vn.cdtt.duty;

/**
 * A member was just put on a shift ({@link Staffing#put}), in the same transaction and with the shift locked:
 * features that give meaning to some of a shift's seats (the extra seats of a helper request) observe it.
 *
 * @param helperRequestId the helper request whose extra seat the member was put on (the request's entry on the open
 *                        board, its pick list, a swap of one of its helpers); null for any seat – the site's usual
 *                        seats first. An observer refuses the placement when that request has no seat left.
 */
public record ShiftStaffed(Shift shift, Assignment assignment, Long helperRequestId) {
}
