package vn.cdtt.autoroster;

import java.time.LocalDate;
import vn.cdtt.commune.SessionPart;

/**
 * The seats of one shift (site, day, session) a plan leaves empty, their cause, and the facts behind it: of the
 * {@code candidates} members who could sit there, how many were already on the shift, unavailable or busy with
 * another duty, on duty elsewhere in that session, and free but at the weekly limit ({@code max}).
 */
public record EmptySession(Long communeId, String communeName, String communeType, EmptyCause cause, String siteName,
                           LocalDate date, SessionPart part, int seats, int candidates, int onShift, int busy,
                           int elsewhere, int weekFull, int max) {

    /** The same session with one more empty seat. */
    EmptySession plusSeat() {
        return new EmptySession(communeId, communeName, communeType, cause, siteName, date, part, seats + 1, candidates,
                onShift, busy, elsewhere, weekFull, max);
    }

    /** Members free in the session and under the weekly limit (only a stopped solve leaves a seat empty then). */
    public int free() {
        return candidates - onShift - busy - elsewhere - weekFull;
    }
}
