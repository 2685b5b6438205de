package vn.cdtt.allowance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import vn.cdtt.roster.Member;

/**
 * One amount of a statement, with where it comes from: the member, the component and who funds it, the unit of work
 * and its day, site or training, the policy version and its rate. An adjustment pays (or takes back) the
 * difference for a unit of work of an approved month and points at the line it corrects. The database takes each
 * {@code (payKey, component, funding)} once, whatever the statement: a unit of work is never paid twice.
 */
@Entity
@Table(name = "allowance_line")
public class AllowanceLine {

    /** Reserved in blocks (vn.cdtt.common.IdBlocks) by the computation, so its lines are inserted in batches. */
    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    private AllowanceStatement statement;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    /** The member's id as stored, read without loading the member. */
    @Column(name = "member_id", insertable = false, updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllowanceComponent component;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundingSource funding;

    @Column(name = "pay_key", nullable = false)
    @Size(max = 80)
    private String payKey;

    @Column(name = "work_key", nullable = false)
    @Size(max = 60)
    private String workKey;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Column(name = "work_month", nullable = false)
    private LocalDate workMonth;

    @Column(name = "policy_id")
    private Long policyId;

    @Column(name = "shift_id")
    private Long shiftId;

    @Column(name = "training_id")
    private Long trainingId;

    @Size(max = 200)
    private String place;

    @Column(nullable = false)
    private long rate;

    @Column(nullable = false)
    private long amount;

    @Column(name = "adjusts_line_id")
    private Long adjustsLineId;

    @Column(nullable = false)
    private boolean adjustment;

    protected AllowanceLine() {
    }

    /** The line of a due of the statement's own month. */
    AllowanceLine(AllowanceStatement statement, Member member, Due due) {
        this(statement, member, due, due.workKey(), due.amount(), null, false);
    }

    /**
     * An adjustment: {@code amount} is the difference for the due's unit of work; {@code nth} counts the adjustments
     * of that unit so far, so the same correction cannot be paid in two statements.
     */
    static AllowanceLine adjustment(AllowanceStatement statement, Member member, Due due, long amount, Long adjusts,
                                    int nth) {
        return new AllowanceLine(statement, member, due, due.workKey() + "#" + nth, amount, adjusts, true);
    }

    private AllowanceLine(AllowanceStatement statement, Member member, Due due, String payKey, long amount,
                          Long adjusts, boolean adjustment) {
        this.statement = statement;
        this.member = member;
        this.memberId = member.getId();
        this.component = due.component();
        this.funding = due.funding();
        this.payKey = payKey;
        this.workKey = due.workKey();
        this.workDate = due.date();
        this.workMonth = due.date().withDayOfMonth(1);
        this.policyId = due.policyId();
        this.shiftId = due.shiftId();
        this.trainingId = due.trainingId();
        this.place = due.place();
        this.rate = due.rate();
        this.amount = amount;
        this.adjustsLineId = adjusts;
        this.adjustment = adjustment;
    }

    /** The key under which a unit of work is paid once: the database's unique key. */
    String paidOnceKey() {
        return payKey + "|" + component + "|" + funding;
    }

    /**
     * Takes the values of a line computed afresh for the same unit of work (same {@link #paidOnceKey()}); returns
     * whether anything changed. A line that did not change is not written again, and keeps its id.
     */
    boolean takeValuesOf(AllowanceLine fresh) {
        boolean same = memberId.equals(fresh.memberId) && workKey.equals(fresh.workKey)
                && workDate.equals(fresh.workDate) && Objects.equals(policyId, fresh.policyId)
                && Objects.equals(shiftId, fresh.shiftId) && Objects.equals(trainingId, fresh.trainingId)
                && Objects.equals(place, fresh.place) && rate == fresh.rate && amount == fresh.amount
                && Objects.equals(adjustsLineId, fresh.adjustsLineId) && adjustment == fresh.adjustment;
        if (!same) {
            this.member = fresh.member;
            this.memberId = fresh.memberId;
            this.workKey = fresh.workKey;
            this.workDate = fresh.workDate;
            this.workMonth = fresh.workMonth;
            this.policyId = fresh.policyId;
            this.shiftId = fresh.shiftId;
            this.trainingId = fresh.trainingId;
            this.place = fresh.place;
            this.rate = fresh.rate;
            this.amount = fresh.amount;
            this.adjustsLineId = fresh.adjustsLineId;
            this.adjustment = fresh.adjustment;
        }
        return !same;
    }

    /** The id reserved for it, before it is stored. */
    void identify(long reserved) {
        if (id != null) {
            throw new IllegalStateException("line " + id + " already has an id");
        }
        this.id = reserved;
    }

    /** The due this line stands for (an adjustment: with the amount it adjusts by). */
    Due toDue() {
        return new Due(member.getId(), component, funding, workKey, workDate, policyId, shiftId, trainingId, place, rate,
                amount);
    }

    public YearMonth workMonth() {
        return YearMonth.from(workMonth);
    }

    public Long getId() {
        return id;
    }

    public AllowanceStatement getStatement() {
        return statement;
    }

    public Member getMember() {
        return member;
    }

    public AllowanceComponent getComponent() {
        return component;
    }

    public FundingSource getFunding() {
        return funding;
    }

    public String getPayKey() {
        return payKey;
    }

    public String getWorkKey() {
        return workKey;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public Long getShiftId() {
        return shiftId;
    }

    public Long getTrainingId() {
        return trainingId;
    }

    public String getPlace() {
        return place;
    }

    public long getRate() {
        return rate;
    }

    public long getAmount() {
        return amount;
    }

    public Long getAdjustsLineId() {
        return adjustsLineId;
    }

    public boolean isAdjustment() {
        return adjustment;
    }
}
