package vn.cdtt.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a notification leads, named for what the reader does there – never a page: services say "the member's
 * shifts" or "the board of this commune and week", and the web layer turns that into a link, in the inbox and in
 * e-mails ({@code CDTT_URL} + {@code go/} + {@link #code()}). Stored as its {@link #code()}.
 *
 * @param communeId and {@code week} (its Monday) for {@link Place#BOARD}; both null means the reader's own board
 */
public record NotificationTarget(Place place, Long communeId, LocalDate week) {

    /** The places a notification can lead to. */
    public enum Place {
        /** The member's own shifts (and their swaps and trainings). */
        MY_SHIFTS,
        /** The commune's open board of give-aways and free seats. */
        OPEN_BOARD,
        /** A commune's week board (coordinators). */
        BOARD,
        /** The helper requests the reader answers or watches (coordinators, viewers). */
        HELPER_REQUESTS,
        /** The requests of the centre staff's own site. */
        CENTRE_REQUESTS
    }

    public static final NotificationTarget MY_SHIFTS = new NotificationTarget(Place.MY_SHIFTS, null, null);
    public static final NotificationTarget OPEN_BOARD = new NotificationTarget(Place.OPEN_BOARD, null, null);
    public static final NotificationTarget HELPER_REQUESTS = new NotificationTarget(Place.HELPER_REQUESTS, null, null);
    public static final NotificationTarget CENTRE_REQUESTS = new NotificationTarget(Place.CENTRE_REQUESTS, null, null);

    public NotificationTarget {
        Objects.requireNonNull(place);
        if ((communeId == null) != (week == null) || (place != Place.BOARD && communeId != null)) {
            throw new IllegalArgumentException("only a board has a commune and a week, and then both");
        }
        week = week == null ? null : week.with(DayOfWeek.MONDAY);
    }

    /** The week board of a commune, for the week of {@code day}. */
    public static NotificationTarget board(Long communeId, LocalDate day) {
        return new NotificationTarget(Place.BOARD, Objects.requireNonNull(communeId), Objects.requireNonNull(day));
    }

    /** A place's name ({@code MY_SHIFTS}, {@code OPEN_BOARD}, {@code HELPER_REQUESTS}, …), {@code BOARD} or {@code BOARD/<commune id>/<Monday, yyyy-MM-dd>}. */
    public String code() {
        return communeId == null ? place.name() : place.name() + "/" + communeId + "/" + week;
    }

    /** The target of a {@link #code()}; empty for anything else (an old or mistyped link leads nowhere). */
    public static Optional<NotificationTarget> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String[] parts = code.split("/", -1);
        try {
            Place place = Place.valueOf(parts[0]);
            if (parts.length == 1) {
                return Optional.of(new NotificationTarget(place, null, null));
            }
            if (parts.length == 3) {
                return Optional.of(new NotificationTarget(place, Long.valueOf(parts[1]), LocalDate.parse(parts[2])));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // not a target
        }
        return Optional.empty();
    }
}
