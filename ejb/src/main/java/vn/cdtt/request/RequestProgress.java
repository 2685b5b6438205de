package vn.cdtt.request;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.cdtt.commune.SessionPart;

/**
 * A request and its fill, session by session: what the centre's page and the coordinators' lists show.
 *
 * @param shortBy the helpers still missing over all sessions (0 when filled)
 */
public record RequestProgress(Long id, long version, String site, Long communeId, String commune, LocalDate firstDay,
                              LocalDate lastDay, RequestSessions sessions, int helpers, RequestReason reason,
                              String reasonText, String needs, String contactName, String contactPhone,
                              LocalDateTime answerBy, LocalDateTime filedAt, RequestState state, String declineReason,
                              String rating, List<Session> days, int shortBy) implements Serializable {

    /** One session: asked, filled, checked in and confirmed present, and who is coming with their phone. */
    public record Session(Long id, LocalDate date, SessionPart part, Long shiftId, int asked, int filled,
                          int checkedIn, int present, List<Helper> helpersComing) implements Serializable {
    }

    public record Helper(Long memberId, String name, String phone, String commune) implements Serializable {
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public int getFilledSeats() {
        return days.stream().mapToInt(Session::filled).sum();
    }

    public int getAskedSeats() {
        return days.stream().mapToInt(Session::asked).sum();
    }
}
