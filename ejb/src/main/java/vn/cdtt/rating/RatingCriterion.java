package vn.cdtt.rating;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;

/**
 * One version of a criterion of the province's catalogue. It applies to the weeks whose Monday lies between
 * {@code validFrom} and {@code validTo} (open-ended when null). Its content never changes once stored: a change of
 * plan ends this version ({@link #end}) and starts a new one, so the weeks already rated keep what they had.
 */
@Entity
@Table(name = "rating_criterion")
public class RatingCriterion {

    public static final int MAX_CODE = 30;
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(nullable = false)
    @Size(max = 30)
    private String code;

    @Column(name = "name_vi", nullable = false)
    @Size(max = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    @Size(max = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionKind kind;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    private Integer threshold;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_by", nullable = false)
    @Size(max = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected RatingCriterion() {
    }

    /** A new version from the form, checked here: every broken rule is reported at once. */
    public RatingCriterion(Long provinceId, CriterionForm form, String by, LocalDateTime now) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String cleanCode = VietnameseText.clean(form.getCode());
        if (cleanCode == null || cleanCode.isEmpty()) {
            problems.add(new InvalidInputException.Problem("code", "rating.criterion.codeRequired"));
        } else if (cleanCode.length() > MAX_CODE || !cleanCode.matches("[A-Za-z0-9_-]+")) {
            problems.add(new InvalidInputException.Problem("code", "rating.criterion.codeInvalid", MAX_CODE));
        }
        String vi = VietnameseText.clean(form.getNameVi());
        String en = VietnameseText.clean(form.getNameEn());
        if (vi == null || vi.isEmpty() || vi.length() > MAX_NAME) {
            problems.add(new InvalidInputException.Problem("nameVi", "rating.criterion.nameInvalid", MAX_NAME));
        }
        if (en == null || en.isEmpty() || en.length() > MAX_NAME) {
            problems.add(new InvalidInputException.Problem("nameEn", "rating.criterion.nameInvalid", MAX_NAME));
        }
        if (form.getKind() == null) {
            problems.add(new InvalidInputException.Problem("kind", "rating.criterion.kindRequired"));
        } else if (form.getKind() == CriterionKind.COMPUTED) {
            if (form.getMeasure() == null) {
                problems.add(new InvalidInputException.Problem("measure", "rating.criterion.measureRequired"));
            } else if (form.getThreshold() != null && !thresholdFits(form.getMeasure(), form.getThreshold())) {
                problems.add(new InvalidInputException.Problem("threshold", "rating.criterion.thresholdInvalid"));
            }
        }
        if (form.getValidFrom() == null) {
            problems.add(new InvalidInputException.Problem("validFrom", "rating.criterion.fromRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.provinceId = provinceId;
        this.code = cleanCode.toUpperCase(Locale.ROOT);
        this.nameVi = vi;
        this.nameEn = en;
        this.kind = form.getKind();
        if (kind == CriterionKind.COMPUTED) {
            this.measure = form.getMeasure();
            this.threshold = form.getThreshold() != null ? form.getThreshold() : measure.defaultThreshold();
        }
        this.validFrom = form.getValidFrom().with(DayOfWeek.MONDAY);
        this.createdBy = by;
        this.createdAt = now;
    }

    static boolean thresholdFits(Measure measure, int threshold) {
        return switch (measure) {
            case ATTENDANCE -> threshold >= 0 && threshold <= 100;
            case REQUEST_ANSWER -> threshold >= 1 && threshold <= 24 * 14;
            case SEATS_SHORT -> threshold >= 0 && threshold <= 1000;
            case TRAINING_MONTH, TEAM_STRENGTH -> threshold >= 1 && threshold <= 1000;
        };
    }

    /** Does this version apply to the week of that Monday? */
    public boolean appliesTo(LocalDate monday) {
        return !validFrom.isAfter(monday) && (validTo == null || !validTo.isBefore(monday));
    }

    /** Do this version and the period [from, to] (to null: open) share a week? */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (validTo == null || !validTo.isBefore(from)) && (to == null || !to.isBefore(validFrom));
    }

    /**
     * Ends this version: the last week it applies to is the one of {@code lastDay}. Weeks already begun keep it:
     * {@code lastDay} may not be before the Sunday before {@code firstOpenMonday} (the current week's Monday).
     */
    public void end(LocalDate lastDay, LocalDate firstOpenMonday) {
        if (lastDay == null) {
            throw new InvalidInputException("rating.criterion.toRequired");
        }
        LocalDate sunday = lastDay.with(DayOfWeek.SUNDAY);
        if (sunday.isBefore(firstOpenMonday.minusDays(1)) || sunday.isBefore(validFrom)) {
            throw new InvalidInputException("rating.criterion.endInPast");
        }
        if (validTo != null && validTo.isBefore(firstOpenMonday.minusDays(1))) {
            throw new InvalidInputException("rating.criterion.endInPast");
        }
        this.validTo = sunday;
    }

    /** The name in the reader's language (Vietnamese unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("nameVi", nameVi);
        m.put("nameEn", nameEn);
        m.put("kind", kind);
        m.put("measure", measure);
        m.put("threshold", threshold);
        m.put("validFrom", validFrom);
        m.put("validTo", validTo);
        return m;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public Measure getMeasure() {
        return measure;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
