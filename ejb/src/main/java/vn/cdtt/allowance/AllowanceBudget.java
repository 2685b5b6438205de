package vn.cdtt.allowance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.cdtt.common.InvalidInputException;

/**
 * A commune's allowance budget for one year (dự toán), in whole VND, set by the province. One per commune and year
 * (a database key); approving beyond it is allowed, but the approver is told by how much.
 */
@Entity
@Table(name = "allowance_budget")
public class AllowanceBudget {

    /** No commune's yearly budget above 100 billion VND: a typo, not a budget. */
    public static final long MAX_AMOUNT = 100_000_000_000L;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private long amount;

    @Column(name = "set_by", nullable = false)
    @Size(max = 60)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    @Version
    private long version;

    protected AllowanceBudget() {
    }

    public AllowanceBudget(Long provinceId, Long communeId, int year, Long amount, String by, LocalDateTime now) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("allowance.budget.year.invalid", FIRST_YEAR, LAST_YEAR);
        }
        this.provinceId = Objects.requireNonNull(provinceId);
        this.communeId = Objects.requireNonNull(communeId);
        this.year = year;
        change(amount, by, now);
    }

    /** The new amount, or a refusal: required, not negative, not absurdly large. */
    public final void change(Long newAmount, String by, LocalDateTime now) {
        if (newAmount == null) {
            throw new InvalidInputException("allowance.budget.amount.required");
        }
        if (newAmount < 0 || newAmount > MAX_AMOUNT) {
            throw new InvalidInputException("allowance.budget.amount.invalid");
        }
        this.amount = newAmount;
        this.setBy = by;
        this.setAt = now;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("amount", amount);
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

    public int getYear() {
        return year;
    }

    public long getAmount() {
        return amount;
    }

    public String getSetBy() {
        return setBy;
    }

    public LocalDateTime getSetAt() {
        return setAt;
    }

    public long getVersion() {
        return version;
    }
}
