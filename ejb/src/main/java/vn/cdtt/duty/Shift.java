package vn.cdtt.duty;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.roster.Member;

/**
 * A duty shift (ca trực): one service site, one date, one session, with the seats it needs (two by default).
 * It refuses a member more than it has seats, the same member twice, and any change once it has started.
 * Every change bumps its version, so two coordinators filling the last seat at once cannot both win.
 */
@Entity
@Table(name = "shift")
public class Shift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private ServiceSite site;

    @Column(name = "shift_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionPart part;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(nullable = false)
    private int seats;

    /** Kept equal to the number of assignments; the database refuses more than the seats. */
    @Column(nullable = false)
    private int filled;

    @OneToMany(mappedBy = "shift", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Assignment> assignments = new ArrayList<>();

    @Version
    private long version;

    protected Shift() {
    }

    /** The shift of a site's weekly session on a given date, with the session's hours and seats. */
    public Shift(SiteSession session, LocalDate date) {
        this.site = session.getSite();
        this.provinceId = site.getProvince().getId();
        this.communeId = site.getCommune().getId();
        this.date = Objects.requireNonNull(date);
        if (date.getDayOfWeek() != session.getDayOfWeek()) {
            throw new IllegalArgumentException("session " + session.getDayOfWeek() + " on " + date);
        }
        this.part = session.getPart();
        this.startTime = session.getStartTime();
        this.endTime = session.getEndTime();
        this.seats = session.getSeats();
    }

    public Assignment assign(Member member, String by, LocalDateTime now) {
        requireNotStarted(now);
        if (!member.isActive()) {
            throw new InvalidInputException("shift.member.notActive", member.getFullName());
        }
        if (assignments.stream().anyMatch(a -> a.getMember().equals(member))) {
            throw new InvalidInputException("shift.member.already", member.getFullName());
        }
        if (filled >= seats) {
            throw new InvalidInputException("shift.full", seats);
        }
        Assignment a = new Assignment(this, member, by, now);
        assignments.add(a);
        filled = assignments.size();
        return a;
    }

    public Assignment unassign(Member member, LocalDateTime now) {
        requireNotStarted(now);
        Assignment a = assignments.stream().filter(x -> x.getMember().equals(member)).findFirst()
                .orElseThrow(() -> new InvalidInputException("shift.member.notOnShift", member.getFullName()));
        assignments.remove(a);
        filled = assignments.size();
        return a;
    }

    /** Raises (or lowers, not below the members on it) the seats of this one shift. */
    public void changeSeats(int newSeats, LocalDateTime now) {
        requireNotStarted(now);
        if (newSeats < 1 || newSeats > 20) {
            throw new InvalidInputException("site.session.seatsInvalid");
        }
        if (newSeats < filled) {
            throw new InvalidInputException("shift.seats.belowFilled", filled);
        }
        this.seats = newSeats;
    }

    public LocalDateTime start() {
        return date.atTime(startTime);
    }

    public LocalDateTime end() {
        return date.atTime(endTime);
    }

    /** The scheduled length of the shift in minutes. */
    public long minutes() {
        return java.time.Duration.between(startTime, endTime).toMinutes();
    }

    public boolean hasStarted(LocalDateTime now) {
        return !now.isBefore(start());
    }

    /** The assignment of a member on this shift. */
    public java.util.Optional<Assignment> assignmentOf(Member member) {
        return assignments.stream().filter(a -> a.getMember().equals(member)).findFirst();
    }

    public boolean hasFreeSeat() {
        return filled < seats;
    }

    void requireNotStarted(LocalDateTime now) {
        if (hasStarted(now)) {
            throw new InvalidInputException("shift.past");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public ServiceSite getSite() {
        return site;
    }

    public LocalDate getDate() {
        return date;
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

    public int getFilled() {
        return filled;
    }

    public List<Assignment> getAssignments() {
        return List.copyOf(assignments);
    }

    public long getVersion() {
        return version;
    }
}
