package vn.cdtt.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** An issued weekly report of a province: one per week (the unique key guards a second issue). Never changes. */
@Entity
@Table(name = "weekly_report")
public class WeeklyReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    @Size(max = 60)
    private String issuedBy;

    @Column(name = "on_demand", nullable = false)
    private boolean onDemand;

    @Column(name = "mailed_to", nullable = false)
    private int mailedTo;

    @Version
    private long version;

    protected WeeklyReport() {
    }

    /** A report of a past week (Monday to Sunday, over before {@code now}). */
    public WeeklyReport(Long provinceId, LocalDate monday, String issuedBy, boolean onDemand, LocalDateTime now) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on Monday: " + monday);
        }
        if (monday.plusDays(7).isAfter(now.toLocalDate())) {
            throw new IllegalArgumentException("the week is not over: " + monday);
        }
        this.provinceId = Objects.requireNonNull(provinceId);
        this.weekStart = monday;
        this.issuedBy = issuedBy;
        this.onDemand = onDemand;
        this.issuedAt = now;
    }

    void mailed(int recipients) {
        this.mailedTo = recipients;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public LocalDate getWeekEnd() {
        return weekStart.plusDays(6);
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public boolean isOnDemand() {
        return onDemand;
    }

    public int getMailedTo() {
        return mailedTo;
    }
}
