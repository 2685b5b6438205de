package vn.cdtt.allowance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the province coordinator enters for a policy version: when it applies, its legal basis (document number,
 * date, issuer), a note, and the rates in whole VND (0 = not paid). Rules are Bean Validation constraints whose
 * messages are bundle keys; {@link AllowancePolicy} checks the period and the overlap with other versions.
 */
public class PolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** No rate or cap above 100 million VND: a typo, not a policy. */
    public static final long MAX_RATE = 100_000_000L;

    @NotNull(message = "{allowance.policy.validFrom.required}")
    private LocalDate validFrom;

    private LocalDate validTo;

    @NotBlank(message = "{allowance.policy.basisNumber.required}")
    @Size(max = 60, message = "{allowance.policy.basisNumber.tooLong}")
    private String basisNumber;

    @NotNull(message = "{allowance.policy.basisDate.required}")
    private LocalDate basisDate;

    @NotBlank(message = "{allowance.policy.basisIssuer.required}")
    @Size(max = 200, message = "{allowance.policy.basisIssuer.tooLong}")
    private String basisIssuer;

    @Size(max = 500, message = "{allowance.policy.note.tooLong}")
    private String note;

    @NotNull(message = "{allowance.rate.required}")
    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long dutySession = 0L;

    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long dutySessionProvincial;

    @NotNull(message = "{allowance.rate.required}")
    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long trainingLead = 0L;

    @NotNull(message = "{allowance.rate.required}")
    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long trainingAssistant = 0L;

    @NotNull(message = "{allowance.rate.required}")
    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long mobilisedDay = 0L;

    @NotNull(message = "{allowance.rate.required}")
    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long memberMonthly = 0L;

    @NotNull(message = "{allowance.rate.required}")
    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long teamMonthly = 0L;

    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long memberMonthCap;

    @PositiveOrZero(message = "{allowance.rate.negative}")
    @Max(value = MAX_RATE, message = "{allowance.rate.tooLarge}")
    private Long teamMonthCap;

    @NotNull(message = "{allowance.rate.required}")
    @Min(value = 0, message = "{allowance.rate.negative}")
    @Max(value = 100, message = "{allowance.policy.minSessions.tooLarge}")
    private Integer memberMonthlyMinSessions = 0;

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getBasisNumber() {
        return basisNumber;
    }

    public void setBasisNumber(String basisNumber) {
        this.basisNumber = basisNumber;
    }

    public LocalDate getBasisDate() {
        return basisDate;
    }

    public void setBasisDate(LocalDate basisDate) {
        this.basisDate = basisDate;
    }

    public String getBasisIssuer() {
        return basisIssuer;
    }

    public void setBasisIssuer(String basisIssuer) {
        this.basisIssuer = basisIssuer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getDutySession() {
        return dutySession;
    }

    public void setDutySession(Long dutySession) {
        this.dutySession = dutySession;
    }

    public Long getDutySessionProvincial() {
        return dutySessionProvincial;
    }

    public void setDutySessionProvincial(Long dutySessionProvincial) {
        this.dutySessionProvincial = dutySessionProvincial;
    }

    public Long getTrainingLead() {
        return trainingLead;
    }

    public void setTrainingLead(Long trainingLead) {
        this.trainingLead = trainingLead;
    }

    public Long getTrainingAssistant() {
        return trainingAssistant;
    }

    public void setTrainingAssistant(Long trainingAssistant) {
        this.trainingAssistant = trainingAssistant;
    }

    public Long getMobilisedDay() {
        return mobilisedDay;
    }

    public void setMobilisedDay(Long mobilisedDay) {
        this.mobilisedDay = mobilisedDay;
    }

    public Long getMemberMonthly() {
        return memberMonthly;
    }

    public void setMemberMonthly(Long memberMonthly) {
        this.memberMonthly = memberMonthly;
    }

    public Long getTeamMonthly() {
        return teamMonthly;
    }

    public void setTeamMonthly(Long teamMonthly) {
        this.teamMonthly = teamMonthly;
    }

    public Long getMemberMonthCap() {
        return memberMonthCap;
    }

    public void setMemberMonthCap(Long memberMonthCap) {
        this.memberMonthCap = memberMonthCap;
    }

    public Long getTeamMonthCap() {
        return teamMonthCap;
    }

    public void setTeamMonthCap(Long teamMonthCap) {
        this.teamMonthCap = teamMonthCap;
    }

    public Integer getMemberMonthlyMinSessions() {
        return memberMonthlyMinSessions;
    }

    public void setMemberMonthlyMinSessions(Integer memberMonthlyMinSessions) {
        this.memberMonthlyMinSessions = memberMonthlyMinSessions;
    }
}
