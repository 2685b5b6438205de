package vn.cdtt.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.cdtt.roster.Member;

/**
 * Duties kept by other features (trainings) that belong in a member's calendar feed. {@link CalendarFeed} collects
 * the events of every implementation it finds, so this package never depends on the features that build on it.
 */
public interface CalendarEventSource {

    /** The member's events from {@code from} to {@code to}, inclusive, with texts in {@code locale}. */
    List<DutyCalendar.Event> events(Member member, LocalDate from, LocalDate to, Locale locale);
}
