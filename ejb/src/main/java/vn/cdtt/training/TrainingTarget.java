package vn.cdtt.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cdtt.common.InvalidInputException;

/** A province's target for a year, e.g. 120,000 adults trained in 2026. */
@Entity
@Table(name = "training_target")
public class TrainingTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetMetric metric;

    @Column(name = "target_value", nullable = false)
    private int value;

    @Version
    private long version;

    protected TrainingTarget() {
    }

    public TrainingTarget(Long provinceId, int year, TargetMetric metric, int value) {
        this.provinceId = provinceId;
        this.year = year;
        this.metric = metric;
        change(value);
    }

    public final void change(int newValue) {
        if (newValue < 1 || newValue > 10_000_000) {
            throw new InvalidInputException("target.value.invalid");
        }
        this.value = newValue;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public TargetMetric getMetric() {
        return metric;
    }

    public int getValue() {
        return value;
    }
}
