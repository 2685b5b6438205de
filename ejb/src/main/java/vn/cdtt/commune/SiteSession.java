package vn.cdtt.commune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import vn.cdtt.common.InvalidInputException;

/** One weekly opening session of a site (e.g. Monday morning 07:30–11:30) and the seats it needs (default 2). */
@Entity
@Table(name = "site_session")
public class SiteSession {

    public static final int DEFAULT_SEATS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private ServiceSite site;

    /** ISO day of week, 1 = Monday. */
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionPart part;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(nullable = false)
    private int seats = DEFAULT_SEATS;

    @Version
    private long version;

    protected SiteSession() {
    }

    SiteSession(ServiceSite site, java.time.DayOfWeek day, SessionPart part) {
        this.site = site;
        this.dayOfWeek = day.getValue();
        this.part = part;
    }

    public void changeHours(LocalTime start, LocalTime end, int seats) {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new InvalidInputException("site.session.hoursInvalid");
        }
        if (seats < 1 || seats > 20) {
            throw new InvalidInputException("site.session.seatsInvalid");
        }
        this.startTime = start;
        this.endTime = end;
        this.seats = seats;
    }

    public Long getId() {
        return id;
    }

    public ServiceSite getSite() {
        return site;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public SessionPart getPart() {
        return part;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public int getSeats() {
        return seats;
    }
}
