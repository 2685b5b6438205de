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
import vn.cdtt.commune.SessionPart;

/**
 * One member busy in one session of one day, with the duty that keeps them busy. The database's unique key on
 * (member, date, session) is the "no two places at once" rule for every kind of duty, also under concurrency;
 * {@link DutySlots} is the only class that writes it.
 */
@Entity
@Table(name = "duty_slot")
public class DutySlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "slot_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionPart part;

    @Enumerated(EnumType.STRING)
    @Column(name = "duty_kind", nullable = false)
    private DutyKind kind;

    @Column(name = "duty_id", nullable = false)
    private Long dutyId;

    protected DutySlot() {
    }

    /** Only {@link DutySlots} takes slots. */
    DutySlot(Long memberId, LocalDate date, SessionPart part, DutyKind kind, Long dutyId) {
        this.memberId = memberId;
        this.date = date;
        this.part = part;
        this.kind = kind;
        this.dutyId = dutyId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LocalDate getDate() {
        return date;
    }

    public SessionPart getPart() {
        return part;
    }

    public DutyKind getKind() {
        return kind;
    }

    public Long getDutyId() {
        return dutyId;
    }
}
