package vn.cdtt.duty;

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
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.roster.Member;

/**
 * A member's wish to hand a shift over (đổi ca / nhường ca): to a named colleague, or to the commune's open
 * board. The colleague accepts, the coordinator approves; members cannot ask, give away or accept later than
 * the province's cut-off before the shift. The hand-over itself (the invariants of {@link Shift}) happens at
 * approval, in {@link SwapService}.
 */
@Entity
@Table(name = "swap_request")
public class SwapRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shift_id")
    private Shift shift;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_member_id")
    private Member from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_member_id")
    private Member to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SwapStatus status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by")
    @Size(max = 60)
    private String decidedBy;

    @Version
    private long version;

    protected SwapRequest() {
    }

    /** Asks {@code to} (or, when null, the open board) to take {@code from}'s place on the shift. */
    public SwapRequest(Shift shift, Member from, Member to, LocalDateTime now, Duration cutoff) {
        requireBeforeCutoff(shift, now, cutoff);
        if (shift.assignmentOf(from).isEmpty()) {
            throw new InvalidInputException("swap.notYours");
        }
        if (to != null && (to.equals(from) || shift.assignmentOf(to).isPresent())) {
            throw new InvalidInputException("swap.colleague.onShift", to.getFullName());
        }
        if (to != null && (!to.isActive() || !to.getCommune().getId().equals(shift.getCommuneId()))) {
            throw new InvalidInputException("swap.colleague.invalid", to.getFullName());
        }
        this.provinceId = shift.getProvinceId();
        this.communeId = shift.getCommuneId();
        this.shift = shift;
        this.from = from;
        this.to = to;
        this.status = to == null ? SwapStatus.OPEN : SwapStatus.ASKED;
        this.createdAt = now;
    }

    /** The named colleague says yes, or anyone of the commune takes it from the open board. */
    public void accept(Member taker, LocalDateTime now, Duration cutoff) {
        requireBeforeCutoff(shift, now, cutoff);
        if (status == SwapStatus.ASKED && taker.equals(to)) {
            status = SwapStatus.ACCEPTED;
        } else if (status == SwapStatus.OPEN && !taker.equals(from)
                && taker.getCommune().getId().equals(communeId) && taker.isActive()) {
            to = taker;
            status = SwapStatus.ACCEPTED;
        } else if (status == SwapStatus.OPEN || status == SwapStatus.ASKED) {
            throw new InvalidInputException("swap.notForYou");
        } else {
            throw new InvalidInputException("swap.notPending");
        }
        answeredAt = now;
    }

    public void decline(Member colleague, LocalDateTime now) {
        if (status != SwapStatus.ASKED || !colleague.equals(to)) {
            throw new InvalidInputException("swap.notPending");
        }
        status = SwapStatus.DECLINED;
        answeredAt = now;
    }

    public void cancel(Member requester, LocalDateTime now) {
        if (!status.isPending() || !requester.equals(from)) {
            throw new InvalidInputException("swap.notPending");
        }
        status = SwapStatus.CANCELLED;
        answeredAt = now;
    }

    /** The coordinator's yes; the caller moves the seat (and checks the shift's invariants again). */
    public void approve(String by, LocalDateTime now) {
        if (status != SwapStatus.ACCEPTED) {
            throw new InvalidInputException("swap.notAccepted");
        }
        decide(SwapStatus.APPROVED, by, now);
    }

    public void reject(String by, LocalDateTime now) {
        if (!status.isPending()) {
            throw new InvalidInputException("swap.notPending");
        }
        decide(SwapStatus.REJECTED, by, now);
    }

    /** Closes a pending request because its shift or its member's place on it went away. */
    void withdrawBySystem(String by, LocalDateTime now) {
        if (status.isPending()) {
            decide(SwapStatus.CANCELLED, by, now);
        }
    }

    private void decide(SwapStatus result, String by, LocalDateTime now) {
        status = result;
        decidedBy = by;
        decidedAt = now;
    }

    /** May members still swap or give away this shift on their own (before the cut-off)? */
    public static boolean allowed(Shift shift, LocalDateTime now, Duration cutoff) {
        return now.plus(cutoff).isBefore(shift.start());
    }

    private static void requireBeforeCutoff(Shift shift, LocalDateTime now, Duration cutoff) {
        if (shift.hasStarted(now)) {
            throw new InvalidInputException("shift.past");
        }
        if (!allowed(shift, now, cutoff)) {
            throw new InvalidInputException("swap.cutoff", cutoff.toHours());
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Shift getShift() {
        return shift;
    }

    public Member getFrom() {
        return from;
    }

    public Member getTo() {
        return to;
    }

    public SwapStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getVersion() {
        return version;
    }
}
