package vn.cdtt.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a helper request stands: NEW → ACCEPTED or DECLINED → FILLING → FILLED or SHORT at the start → DONE after
 * the last session; CANCELLED by the requester before the start.
 */
public enum RequestState {
    NEW, ACCEPTED, DECLINED, FILLING, FILLED, SHORT, DONE, CANCELLED;

    /** States in which the request holds its sessions (a second request for them is refused). */
    public static final Set<RequestState> OPEN = EnumSet.of(NEW, ACCEPTED, FILLING);

    /** States in which the request's extra seats are on the shifts. */
    public static final Set<RequestState> SEATED = EnumSet.of(ACCEPTED, FILLING);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
