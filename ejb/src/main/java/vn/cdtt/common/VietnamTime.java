package vn.cdtt.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Dates and times as Vietnamese users read them: Asia/Ho_Chi_Minh, dd/MM/yyyy.
 *
 * <p>"Now" comes from one {@link Clock}: the system clock, unless the CDI-produced clock installed at start-up
 * ({@link ApplicationClock}) or a unit test ({@link #use(Clock)}) sets another, so tests decide what time it is.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private static volatile Clock clock = Clock.system(ZONE);

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The clock every "now" of the application reads. */
    public static Clock clock() {
        return clock;
    }

    /** Sets the clock (the application's start-up does, with the CDI-produced one; unit tests may). */
    public static void use(Clock newClock) {
        clock = Objects.requireNonNull(newClock).withZone(ZONE);
    }
}
