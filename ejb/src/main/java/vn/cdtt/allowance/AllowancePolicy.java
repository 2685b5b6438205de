package vn.cdtt.allowance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.common.validation.Rules;
import vn.cdtt.commune.SiteKind;

/**
 * A policy version (chính sách hỗ trợ): the rates in whole VND that apply from one date (to an optional last day),
 * with the legal basis that set them. The province's versions have no commune; a commune's top-up from its own
 * budget is a version of the same shape with its commune. Work is paid at the rate of the version in force on the
 * day it was done; monthly amounts and caps follow the version in force at the end of the month.
 */
@Entity
@Table(name = "allowance_policy")
public class AllowancePolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    /** Null for the province's policy; the commune of a top-up. */
    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "basis_number", nullable = false)
    @Size(max = 60)
    private String basisNumber;

    @Column(name = "basis_date", nullable = false)
    private LocalDate basisDate;

    @Column(name = "basis_issuer", nullable = false)
    @Size(max = 200)
    private String basisIssuer;

    @Size(max = 500)
    private String note;

    @Column(name = "duty_session", nullable = false)
    private long dutySession;

    @Column(name = "duty_session_provincial")
    private Long dutySessionProvincial;

    @Column(name = "training_lead", nullable = false)
    private long trainingLead;

    @Column(name = "training_assistant", nullable = false)
    private long trainingAssistant;

    @Column(name = "mobilised_day", nullable = false)
    private long mobilisedDay;

    @Column(name = "member_monthly", nullable = false)
    private long memberMonthly;

    @Column(name = "member_monthly_min_sessions", nullable = false)
    private int memberMonthlyMinSessions;

    @Column(name = "team_monthly", nullable = false)
    private long teamMonthly;

    @Column(name = "member_month_cap")
    private Long memberMonthCap;

    @Column(name = "team_month_cap")
    private Long teamMonthCap;

    @Column(name = "created_by", nullable = false)
    @Size(max = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected AllowancePolicy() {
    }

    /** A new version of the province's policy ({@code communeId} null) or of a commune's top-up. */
    public AllowancePolicy(Long provinceId, Long communeId, PolicyForm form, String by, LocalDateTime now) {
        this.provinceId = Objects.requireNonNull(provinceId);
        this.communeId = communeId;
        this.createdBy = by;
        this.createdAt = now;
        apply(form);
    }

    /** Takes the form's values, or refuses them all: rules of each field, then a period that ends before it starts. */
    public final void apply(PolicyForm form) {
        List<InvalidInputException.Problem> problems = Rules.check(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
            throw new InvalidInputException("allowance.policy.period.invalid");
        }
        validFrom = form.getValidFrom();
        validTo = form.getValidTo();
        basisNumber = VietnameseText.clean(form.getBasisNumber());
        basisDate = form.getBasisDate();
        basisIssuer = VietnameseText.clean(form.getBasisIssuer());
        note = VietnameseText.clean(form.getNote());
        dutySession = form.getDutySession();
        dutySessionProvincial = form.getDutySessionProvincial();
        trainingLead = form.getTrainingLead();
        trainingAssistant = form.getTrainingAssistant();
        mobilisedDay = form.getMobilisedDay();
        memberMonthly = form.getMemberMonthly();
        memberMonthlyMinSessions = form.getMemberMonthlyMinSessions();
        teamMonthly = form.getTeamMonthly();
        memberMonthCap = form.getMemberMonthCap();
        teamMonthCap = form.getTeamMonthCap();
    }

    /** The form of this version, to edit it or to start the next one from it. */
    public PolicyForm toForm() {
        PolicyForm f = new PolicyForm();
        f.setValidFrom(validFrom);
        f.setValidTo(validTo);
        f.setBasisNumber(basisNumber);
        f.setBasisDate(basisDate);
        f.setBasisIssuer(basisIssuer);
        f.setNote(note);
        f.setDutySession(dutySession);
        f.setDutySessionProvincial(dutySessionProvincial);
        f.setTrainingLead(trainingLead);
        f.setTrainingAssistant(trainingAssistant);
        f.setMobilisedDay(mobilisedDay);
        f.setMemberMonthly(memberMonthly);
        f.setMemberMonthlyMinSessions(memberMonthlyMinSessions);
        f.setTeamMonthly(teamMonthly);
        f.setMemberMonthCap(memberMonthCap);
        f.setTeamMonthCap(teamMonthCap);
        return f;
    }

    /**
     * The form of the next version, started from this one: the same rates and basis, from the day after this one
     * ends – or, for a version without an end, from tomorrow (never before its second day) – with no end.
     */
    public PolicyForm successorForm(LocalDate today) {
        PolicyForm f = toForm();
        LocalDate tomorrow = today.plusDays(1);
        f.setValidFrom(validTo != null ? validTo.plusDays(1)
                : tomorrow.isAfter(validFrom) ? tomorrow : validFrom.plusDays(1));
        f.setValidTo(null);
        return f;
    }

    /** Ends a version without an end the day before its successor starts (the only change a used version takes). */
    void endBefore(LocalDate successorFrom) {
        if (validTo != null || !successorFrom.isAfter(validFrom)) {
            throw new InvalidInputException("allowance.policy.successor.invalid",
                    VietnamTime.DATE.format(validFrom.plusDays(1)));
        }
        validTo = successorFrom.minusDays(1);
    }

    /** Is this version in force on that day? */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Does this version apply on any day of that month? */
    public boolean touches(YearMonth month) {
        return !validFrom.isAfter(month.atEndOfMonth()) && (validTo == null || !validTo.isBefore(month.atDay(1)));
    }

    /** Do the two periods share a day? */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    /** The rate of a per-unit component (0 when this version does not pay it); duty by the kind of site. */
    public long rate(AllowanceComponent component, SiteKind site) {
        return switch (component) {
            case DUTY_SESSION -> site == SiteKind.PROVINCIAL_CENTRE && dutySessionProvincial != null
                    ? dutySessionProvincial : dutySession;
            case TRAINING_LEAD -> trainingLead;
            case TRAINING_ASSISTANT -> trainingAssistant;
            case MOBILISED_DAY -> mobilisedDay;
            case MEMBER_MONTHLY -> memberMonthly;
            case TEAM_MONTHLY -> teamMonthly;
            case MEMBER_CAP, TEAM_CAP -> 0;
        };
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("validFrom", validFrom);
        m.put("validTo", validTo);
        m.put("basisNumber", basisNumber);
        m.put("basisDate", basisDate);
        m.put("basisIssuer", basisIssuer);
        m.put("note", note);
        m.put("dutySession", dutySession);
        m.put("dutySessionProvincial", dutySessionProvincial);
        m.put("trainingLead", trainingLead);
        m.put("trainingAssistant", trainingAssistant);
        m.put("mobilisedDay", mobilisedDay);
        m.put("memberMonthly", memberMonthly);
        m.put("memberMonthlyMinSessions", memberMonthlyMinSessions);
        m.put("teamMonthly", teamMonthly);
        m.put("memberMonthCap", memberMonthCap);
        m.put("teamMonthCap", teamMonthCap);
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

    /** PROVINCE for the province's policy, COMMUNE for a top-up. */
    public FundingSource getFunding() {
        return communeId == null ? FundingSource.PROVINCE : FundingSource.COMMUNE;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getBasisNumber() {
        return basisNumber;
    }

    public LocalDate getBasisDate() {
        return basisDate;
    }

    public String getBasisIssuer() {
        return basisIssuer;
    }

    public String getNote() {
        return note;
    }

    public int getMemberMonthlyMinSessions() {
        return memberMonthlyMinSessions;
    }

    public Long getMemberMonthCap() {
        return memberMonthCap;
    }

    public Long getTeamMonthCap() {
        return teamMonthCap;
    }

    public long getVersion() {
        return version;
    }
}
