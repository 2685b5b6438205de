package vn.cdtt.duty;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import vn.cdtt.common.VietnamTime;

/**
 * A member's duties as an RFC 5545 calendar, written by ical4j: every event with a stable UID, one DTSTAMP, start and
 * end in Asia/Ho_Chi_Minh (TZID, with the VTIMEZONE), a Vietnamese SUMMARY and the site's address as LOCATION.
 * No METHOD: a subscribed feed is not an iTIP message, and METHOD:PUBLISH would demand an ORGANIZER we do not have.
 */
public final class DutyCalendar {

    public static final String TIME_ZONE = VietnamTime.ZONE.getId();

    static {
        // no JCache in the server and no network for time-zone updates: a plain map cache, bundled zone data
        System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    /** One duty in the calendar; {@code uid} must stay the same for the same duty. */
    public record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
                        String description) {
    }

    private DutyCalendar() {
    }

    public static String write(String name, List<Event> events, Instant stamp) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone zone = registry.getTimeZone(TIME_ZONE);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tinh doan Gia Lai//CDTT//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", TIME_ZONE));
        calendar.add(zone.getVTimeZone());
        for (Event e : events) {
            VEvent event = new VEvent(e.start().atZone(zone.toZoneId()), e.end().atZone(zone.toZoneId()), e.summary());
            event.add(new Uid(e.uid()));
            // the constructor already stamps the event; RFC 5545 allows exactly one DTSTAMP, so replace it
            event.replace(new DtStamp(stamp));
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
