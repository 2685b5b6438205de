package vn.cdtt.web.common;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.cdtt.common.VietnamTime;

/** The week a page shows, Monday to Sunday in Vietnam, with previous / next / this week. */
public class WeekChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate monday = VietnamTime.today().with(DayOfWeek.MONDAY);

    public void previous() {
        monday = monday.minusWeeks(1);
    }

    public void next() {
        monday = monday.plusWeeks(1);
    }

    public void current() {
        monday = VietnamTime.today().with(DayOfWeek.MONDAY);
    }

    /** Shows the week of any day. */
    public void show(LocalDate anyDay) {
        monday = anyDay.with(DayOfWeek.MONDAY);
    }

    public LocalDate getMonday() {
        return monday;
    }

    public LocalDate getSunday() {
        return monday.plusDays(6);
    }
}
