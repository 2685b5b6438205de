package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.CalendarFeed;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.security.Role;

/**
 * The calendar feed as a calendar app reads it: fetched over HTTP from the served URL, parsed and validated by
 * ical4j, and checked line by line for the one DTSTAMP that RFC 5545 allows in every event.
 */
class CalendarFeedIT extends IntegrationTest {

    @Inject
    CalendarFeed calendar;

    @Inject
    HttpServletRequest request;

    @Test
    void theServedFeedIsValidRfc5545WithExactlyOneDtstampPerEvent() throws Exception {
        Long commune = fixtures.commune("23638");
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        LocalDate day = VietnamTime.today().plusDays(9);
        fixtures.shiftAt(commune, day, LocalTime.of(7, 30), LocalTime.of(11, 30), an, binh);
        fixtures.shiftAt(commune, day, LocalTime.of(13, 30), LocalTime.of(17, 0), an);
        actAs(fixtures.account(Role.MEMBER, commune, an));
        String url = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/calendar/"
                + calendar.myToken() + ".ics";

        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = served.body();
        String[] events = ics.split("BEGIN:VEVENT");
        assertEquals(3, events.length, ics);
        for (String event : Arrays.copyOfRange(events, 1, events.length)) {
            long stamps = event.substring(0, event.indexOf("END:VEVENT")).lines()
                    .filter(line -> line.startsWith("DTSTAMP")).count();
            assertEquals(1, stamps, event);
        }
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> parsedEvents = parsed.getComponents("VEVENT");
        assertEquals(2, parsedEvents.size());
        parsedEvents.forEach(e -> assertEquals(1, e.getProperties(Property.DTSTAMP).size(), e.toString()));
        ValidationResult validation = parsed.validate();
        assertFalse(validation.hasErrors(), validation.toString());
    }
}
