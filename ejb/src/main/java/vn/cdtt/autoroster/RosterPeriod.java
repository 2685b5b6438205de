package vn.cdtt.autoroster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** What a run plans: the week (Monday to Sunday) or the month of a given day. */
public enum RosterPeriod {
    WEEK, MONTH;

    public LocalDate first(LocalDate anyDay) {
        return this == WEEK ? anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : anyDay.withDayOfMonth(1);
    }

    public LocalDate last(LocalDate anyDay) {
        return this == WEEK ? first(anyDay).plusDays(6) : anyDay.with(TemporalAdjusters.lastDayOfMonth());
    }
}
