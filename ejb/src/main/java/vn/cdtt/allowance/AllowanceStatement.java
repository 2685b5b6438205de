package vn.cdtt.allowance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.VietnameseText;

/**
 * A commune's allowance statement for one month (bảng kê phụ cấp), and its workflow: OPEN (a live draft, recomputed
 * on demand) → SUBMITTED by the commune (the lines frozen, with the policy versions they were computed with) →
 * APPROVED by the province, or back to OPEN with a reason → PAID (date and reference). It refuses every other
 * move; an approved or paid statement never changes again. Every move bumps its version, so of two coordinators
 * moving it at once only one wins.
 */
@Entity
@Table(name = "allowance_statement")
public class AllowanceStatement {

    public static final int MAX_REASON = 300;
    public static final int MAX_REFERENCE = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementState state = StatementState.OPEN;

    @Column(nullable = false)
    private long total;

    @Column(name = "computed_at")
    private LocalDateTime computedAt;

    @Column(name = "policy_ids")
    @Size(max = 200)
    private String policyIds;

    @Column(name = "submitted_by")
    @Size(max = 60)
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "approved_by")
    @Size(max = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "returned_reason")
    @Size(max = 300)
    private String returnedReason;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference")
    @Size(max = 60)
    private String paymentReference;

    @Version
    private long version;

    protected AllowanceStatement() {
    }

    public AllowanceStatement(Long provinceId, Long communeId, YearMonth month) {
        this.provinceId = Objects.requireNonNull(provinceId);
        this.communeId = Objects.requireNonNull(communeId);
        this.monthStart = month.atDay(1);
    }

    /** The lines were computed afresh (an open statement only). */
    void recomputed(long newTotal, LocalDateTime now) {
        requireState(StatementState.OPEN);
        this.total = newTotal;
        this.computedAt = now;
    }

    void submit(Collection<Long> policies, String by, LocalDateTime now) {
        requireState(StatementState.OPEN);
        this.state = StatementState.SUBMITTED;
        this.policyIds = policies.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.submittedBy = by;
        this.submittedAt = now;
        this.returnedReason = null;
    }

    void approve(String by, LocalDateTime now) {
        requireState(StatementState.SUBMITTED);
        this.state = StatementState.APPROVED;
        this.approvedBy = by;
        this.approvedAt = now;
    }

    /** Back to the commune (the province's return, or its reopening of a submitted month), always with a reason. */
    void giveBack(String reason) {
        requireState(StatementState.SUBMITTED);
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("allowance.statement.reason.required");
        }
        if (clean.length() > MAX_REASON) {
            throw new InvalidInputException("allowance.statement.reason.tooLong", MAX_REASON);
        }
        this.state = StatementState.OPEN;
        this.returnedReason = clean;
        this.policyIds = null;
    }

    /**
     * Records the payment of the approved month: the day (from the approval to today) and the voucher. Every
     * problem at once, each naming its field (paidOn, paymentReference).
     */
    void pay(LocalDate on, String reference, LocalDate today) {
        requireState(StatementState.APPROVED);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new InvalidInputException.Problem("paidOn", "allowance.statement.paidOn.required"));
        } else if (on.isAfter(today) || on.isBefore(approvedAt.toLocalDate())) {
            problems.add(new InvalidInputException.Problem("paidOn", "allowance.statement.paidOn.invalid",
                    approvedAt.toLocalDate().format(VietnamTime.DATE), today.format(VietnamTime.DATE)));
        }
        String clean = VietnameseText.clean(reference);
        if (clean == null || clean.isEmpty() || clean.length() > MAX_REFERENCE) {
            problems.add(new InvalidInputException.Problem("paymentReference", "allowance.statement.reference.invalid",
                    MAX_REFERENCE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.state = StatementState.PAID;
        this.paidOn = on;
        this.paymentReference = clean;
    }

    private void requireState(StatementState expected) {
        if (state != expected) {
            throw new InvalidInputException(switch (expected) {
                case OPEN -> "allowance.statement.notOpen";
                case SUBMITTED -> "allowance.statement.notSubmitted";
                case APPROVED, PAID -> "allowance.statement.notApproved";
            });
        }
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state);
        m.put("total", total);
        m.put("policies", policyIds);
        m.put("reason", returnedReason);
        m.put("paidOn", paidOn);
        m.put("reference", paymentReference);
        return m;
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

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public StatementState getState() {
        return state;
    }

    public long getTotal() {
        return total;
    }

    public LocalDateTime getComputedAt() {
        return computedAt;
    }

    public String getPolicyIds() {
        return policyIds;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public long getVersion() {
        return version;
    }
}
