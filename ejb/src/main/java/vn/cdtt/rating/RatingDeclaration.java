package vn.cdtt.rating;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;

/**
 * A commune's declaration that it met a declared criterion in the weeks {@code firstMonday}..{@code lastMonday},
 * with its evidence and the "6 rõ" fields. Only a CONFIRMED declaration counts as met; a rejected one keeps the
 * province's reason. Decided once: PENDING → CONFIRMED or REJECTED.
 */
@Entity
@Table(name = "rating_declaration")
public class RatingDeclaration {

    public static final int MAX_SHORT = 200;
    public static final int MAX_TEXT = 300;
    public static final int MAX_EVIDENCE = 1000;
    /** The longest period one declaration may cover. */
    public static final int MAX_WEEKS = 26;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "criterion_id")
    private RatingCriterion criterion;

    @Column(name = "first_monday", nullable = false)
    private LocalDate firstMonday;

    @Column(name = "last_monday", nullable = false)
    private LocalDate lastMonday;

    @Column(name = "who_person", nullable = false)
    @Size(max = 200)
    private String who;

    @Column(nullable = false)
    @Size(max = 300)
    private String task;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    @Size(max = 300)
    private String responsibility;

    @Column(nullable = false)
    @Size(max = 300)
    private String result;

    @Column(nullable = false)
    @Size(max = 200)
    private String authority;

    @Column(nullable = false)
    @Size(max = 1000)
    private String evidence;

    @Column(name = "file_name")
    @Size(max = 200)
    private String fileName;

    @Column(name = "content_type")
    @Size(max = 60)
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "storage_key")
    @Size(max = 36)
    private String storageKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationState state = DeclarationState.PENDING;

    @Column(name = "reject_reason")
    @Size(max = 300)
    private String rejectReason;

    @Column(name = "declared_by", nullable = false)
    @Size(max = 60)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private LocalDateTime declaredAt;

    @Column(name = "decided_by")
    @Size(max = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected RatingDeclaration() {
    }

    /** Checks every field of the form at once; the criterion must be a declared one in force in those weeks. */
    public RatingDeclaration(Long communeId, RatingCriterion criterion, DeclarationForm form, String by,
                             LocalDateTime now) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (criterion == null || criterion.getKind() != CriterionKind.DECLARED) {
            problems.add(new InvalidInputException.Problem("criterion", "rating.declaration.criterionInvalid"));
        }
        LocalDate first = form.getFirstDay() == null ? null : form.getFirstDay().with(DayOfWeek.MONDAY);
        LocalDate last = form.getLastDay() == null ? first : form.getLastDay().with(DayOfWeek.MONDAY);
        if (first == null) {
            problems.add(new InvalidInputException.Problem("firstDay", "rating.declaration.weekRequired"));
        } else if (last.isBefore(first) || first.plusWeeks(MAX_WEEKS).isBefore(last)) {
            problems.add(new InvalidInputException.Problem("lastDay", "rating.declaration.weeksInvalid", MAX_WEEKS));
        } else if (criterion != null && !(criterion.appliesTo(first) && criterion.appliesTo(last))) {
            problems.add(new InvalidInputException.Problem("firstDay", "rating.declaration.notInForce"));
        }
        String cleanWho = text(form.getWho(), "who", MAX_SHORT, problems);
        String cleanTask = text(form.getTask(), "task", MAX_TEXT, problems);
        if (form.getDeadline() == null) {
            problems.add(new InvalidInputException.Problem("deadline", "rating.declaration.fieldRequired"));
        }
        String cleanResponsibility = text(form.getResponsibility(), "responsibility", MAX_TEXT, problems);
        String cleanResult = text(form.getResult(), "result", MAX_TEXT, problems);
        String cleanAuthority = text(form.getAuthority(), "authority", MAX_SHORT, problems);
        String cleanEvidence = text(form.getEvidence(), "evidence", MAX_EVIDENCE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.provinceId = criterion.getProvinceId();
        this.communeId = communeId;
        this.criterion = criterion;
        this.firstMonday = first;
        this.lastMonday = last;
        this.who = cleanWho;
        this.task = cleanTask;
        this.deadline = form.getDeadline();
        this.responsibility = cleanResponsibility;
        this.result = cleanResult;
        this.authority = cleanAuthority;
        this.evidence = cleanEvidence;
        this.declaredBy = by;
        this.declaredAt = now;
    }

    private static String text(String value, String field, int max, List<InvalidInputException.Problem> problems) {
        String clean = VietnameseText.clean(value);
        if (clean == null || clean.isEmpty()) {
            problems.add(new InvalidInputException.Problem(field, "rating.declaration.fieldRequired"));
        } else if (clean.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "rating.declaration.tooLong", max));
        }
        return clean;
    }

    /** The evidence file kept with the declaration (stored under {@code key} by the service). */
    public void attach(String name, String type, long size, String key) {
        this.fileName = name;
        this.contentType = type;
        this.fileSize = size;
        this.storageKey = key;
    }

    public void confirm(String by, LocalDateTime now) {
        requirePending();
        state = DeclarationState.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    public void reject(String reason, String by, LocalDateTime now) {
        requirePending();
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("rating.declaration.reasonRequired");
        }
        if (clean.length() > MAX_TEXT) {
            throw new InvalidInputException("rating.declaration.tooLong", MAX_TEXT);
        }
        state = DeclarationState.REJECTED;
        rejectReason = clean;
        decidedBy = by;
        decidedAt = now;
    }

    private void requirePending() {
        if (state != DeclarationState.PENDING) {
            throw new InvalidInputException("rating.declaration.decided");
        }
    }

    /** Does it cover a week the other period (Mondays) covers too? */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !lastMonday.isBefore(first) && !last.isBefore(firstMonday);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", criterion.getCode());
        m.put("firstMonday", firstMonday);
        m.put("lastMonday", lastMonday);
        m.put("who", who);
        m.put("task", task);
        m.put("deadline", deadline);
        m.put("responsibility", responsibility);
        m.put("result", result);
        m.put("authority", authority);
        m.put("evidence", evidence);
        m.put("file", fileName);
        m.put("state", state);
        m.put("rejectReason", rejectReason);
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

    public RatingCriterion getCriterion() {
        return criterion;
    }

    public LocalDate getFirstMonday() {
        return firstMonday;
    }

    public LocalDate getLastMonday() {
        return lastMonday;
    }

    public LocalDate getLastSunday() {
        return lastMonday.plusDays(6);
    }

    public String getWho() {
        return who;
    }

    public String getTask() {
        return task;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public String getResult() {
        return result;
    }

    public String getAuthority() {
        return authority;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public DeclarationState getState() {
        return state;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public LocalDateTime getDeclaredAt() {
        return declaredAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
