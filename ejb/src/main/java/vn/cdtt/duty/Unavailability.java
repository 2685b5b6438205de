package vn.cdtt.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.SessionPart;

/** A member cannot be on duty in one session of one day, for a reason; coordinators see it and cannot assign. */
@Entity
@Table(name = "unavailability")
public class Unavailability {

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
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Unavailability() {
    }

    public Unavailability(Long memberId, Long communeId, LocalDate date, SessionPart part, String reason,
                          LocalDateTime now) {
        if (date == null || part == null) {
            throw new InvalidInputException("unavailable.when.required");
        }
        if (date.isBefore(now.toLocalDate())) {
            throw new InvalidInputException("unavailable.past");
        }
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("unavailable.reason.required");
        }
        if (clean.length() > 300) {
            throw new InvalidInputException("unavailable.reason.tooLong");
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
