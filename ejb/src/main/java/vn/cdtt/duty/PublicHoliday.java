package vn.cdtt.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A public holiday of a province (editable data): no shifts are generated on it. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(nullable = false)
    private LocalDate holiday;

    @Column(nullable = false)
    @Size(max = 150)
    private String name;

    @Version
    private long version;

    protected PublicHoliday() {
    }

    public PublicHoliday(Long provinceId, LocalDate holiday, String name) {
        this.provinceId = provinceId;
        this.holiday = holiday;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public LocalDate getHoliday() {
        return holiday;
    }

    public String getName() {
        return name;
    }
}
