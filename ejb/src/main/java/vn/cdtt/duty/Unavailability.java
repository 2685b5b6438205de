package vn.cdtt.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.SessionPart;

/** A member cannot be on duty in one session of one day, for a reason; coordinators see it and cannot assign. */
@Entity
@Table(name = "unavailability")
public class Unavailability {

    /** The length of the reason column. */
    public static final int MAX_REASON = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Column(name = "off_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionPart part;

    @Column(nullable = false)
    @Size(max = MAX_REASON)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Unavailability() {
    }

    public Unavailability(Long memberId, Long communeId, LocalDate date, SessionPart part, String reason,
                          LocalDateTime now) {
        // every broken rule at once, each next to its field
        List<Problem> problems = new ArrayList<>();
        if (date == null || part == null) {
            problems.add(new Problem(date == null ? "date" : "part", "unavailable.when.required"));
        } else if (date.isBefore(now.toLocalDate())) {
            problems.add(new Problem("date", "unavailable.past"));
        }
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            problems.add(new Problem("reason", "unavailable.reason.required"));
        } else if (clean.length() > MAX_REASON) {
            problems.add(new Problem("reason", "unavailable.reason.tooLong", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.memberId = memberId;
        this.communeId = communeId;
        this.date = date;
        this.part = part;
        this.reason = clean;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public LocalDate getDate() {
        return date;
    }

    public SessionPart getPart() {
        return part;
    }

    public String getReason() {
        return reason;
    }
}
