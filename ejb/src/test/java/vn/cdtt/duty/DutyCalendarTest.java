package vn.cdtt.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class DutyCalendarTest {

    @Test
    void aShiftBecomesAnEventInVietnamTimeWithVietnameseTexts() throws Exception {
        String ics = DutyCalendar.write("Lịch trực – Nguyễn Văn An", List.of(new DutyCalendar.Event("shift-7-member-3@cdtt",
                LocalDateTime.of(2026, 12, 7, 7, 30), LocalDateTime.of(2026, 12, 7, 11, 30),
                "Trực tại Trung tâm PVHCC phường Pleiku (buổi sáng)", "69 Hùng Vương, Pleiku", "Cùng trực: Trần Thị Bình")),
                Instant.parse("2026-11-23T03:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("shift-7-member-3@cdtt", event.getUid().orElseThrow().getValue());
        assertEquals("Trực tại Trung tâm PVHCC phường Pleiku (buổi sáng)", event.getSummary().getValue());
        assertEquals("69 Hùng Vương, Pleiku", event.getLocation().getValue());
        assertNotNull(event.getDateTimeStamp());
        assertEquals("Asia/Ho_Chi_Minh", event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertTrue(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261207T073000"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
        assertTrue(calendar.getProperty(Property.VERSION).isPresent());
    }

    @Test
    void everyEventHasExactlyOneDtstampAndTheCalendarPassesIcal4jsValidation() throws Exception {
        String ics = DutyCalendar.write("Lịch trực", List.of(
                new DutyCalendar.Event("shift-1-member-3@cdtt", LocalDateTime.of(2026, 12, 7, 7, 30),
                        LocalDateTime.of(2026, 12, 7, 11, 30), "Trực buổi sáng", "Pleiku", null),
                new DutyCalendar.Event("shift-2-member-3@cdtt", LocalDateTime.of(2026, 12, 7, 13, 30),
                        LocalDateTime.of(2026, 12, 7, 17, 0), "Trực buổi chiều", null, "Cùng trực: Bình")),
                Instant.parse("2026-11-23T03:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        for (VEvent event : events) {
            assertEquals(1, event.getProperties(Property.DTSTAMP).size(), event.toString());
            assertEquals("20261123T030000Z", event.getDateStamp().orElseThrow().getValue());
        }
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
    }
}
