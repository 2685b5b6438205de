package vn.cdtt.request;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.duty.Shift;

/**
 * One session (a day and a part of it) of a helper request, with the shift whose seats the request raised. While the
 * request is open it holds the site's session: the database refuses a second open request for it.
 */
@Entity
@Table(name = "helper_request_session")
public class HelperRequestSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private HelperRequest request;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionPart part;

    @Column(name = "open_site_id")
    private Long openSiteId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shift_id")
    private Shift shift;

    protected HelperRequestSession() {
    }

    HelperRequestSession(HelperRequest request, LocalDate date, SessionPart part) {
        this.request = request;
        this.date = date;
        this.part = part;
        this.openSiteId = request.getSite().getId();
    }

    void close() {
        openSiteId = null;
    }

    void raisedOn(Shift raised) {
        this.shift = raised;
    }

    /** The start of the session: its shift's, else the site's weekly session's, else the start of that part. */
    public LocalDateTime start() {
        if (shift != null) {
            return shift.start();
        }
        return date.atTime(weekly() == null ? (part == SessionPart.MORNING ? LocalTime.MIN : LocalTime.NOON)
                : weekly().getStartTime());
    }

    public LocalDateTime end() {
        if (shift != null) {
            return shift.end();
        }
        return date.atTime(weekly() == null ? LocalTime.of(17, 30) : weekly().getEndTime());
    }

    private SiteSession weekly() {
        return request.getSite().getSessions().stream()
                .filter(s -> s.getDayOfWeek() == date.getDayOfWeek() && s.getPart() == part).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public HelperRequest getRequest() {
        return request;
    }

    public LocalDate getDate() {
        return date;
    }

    public SessionPart getPart() {
        return part;
    }

    public Shift getShift() {
        return shift;
    }
}
