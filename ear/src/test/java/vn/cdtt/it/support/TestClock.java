package vn.cdtt.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.cdtt.common.VietnamTime;

/**
 * The clock of the test deployment (replaces the application's system clock through CDI): time runs, but from a
 * fixed start – Monday 07/01/2030 08:00 in Vietnam – so no test depends on the day it runs. A test that needs
 * another "now" sets it with {@link #setNow}; {@link IntegrationTest} puts the suite's clock back after each test.
 */
@Alternative
@Priority(1000)
@Dependent
public class TestClock {

    /** When the suite's clock starts: a Monday morning with no public holiday in its year. */
    public static final LocalDateTime SUITE_START = LocalDateTime.of(2030, 1, 7, 8, 0);

    private static final Clock SYSTEM = Clock.system(VietnamTime.ZONE);
    private static final Duration SUITE_OFFSET = offsetTo(SUITE_START);
    private static volatile Duration offset = SUITE_OFFSET;

    @Produces
    @Dependent
    static Clock clock() {
        return new Shifted();
    }

    /** From now on (until the test ends), the application's "now" is this moment, and runs on from it. */
    public static void setNow(LocalDateTime vietnamTime) {
        offset = offsetTo(vietnamTime);
    }

    public static void setNow(LocalDate day, LocalTime time) {
        setNow(LocalDateTime.of(day, time));
    }

    /** Back to the suite's clock. */
    public static void reset() {
        offset = SUITE_OFFSET;
    }

    private static Duration offsetTo(LocalDateTime vietnamTime) {
        return Duration.between(SYSTEM.instant(), vietnamTime.atZone(VietnamTime.ZONE).toInstant());
    }

    /** The system clock moved by the current offset, read afresh at every call. */
    private static final class Shifted extends Clock {

        @Override
        public ZoneId getZone() {
            return VietnamTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return VietnamTime.ZONE.equals(zone) ? this : Clock.offset(SYSTEM.withZone(zone), offset);
        }

        @Override
        public Instant instant() {
            return SYSTEM.instant().plus(offset);
        }
    }
}
