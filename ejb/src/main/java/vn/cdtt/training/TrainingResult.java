package vn.cdtt.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.validation.Rules;

/**
 * What a held session achieved, in counts only: participants by gender, by age band and from ethnic minorities,
 * and the outcomes (VNeID accounts activated, online dossiers filed, e-payment accounts opened). Every count is
 * required and never negative; genders and age bands each add up to the participants, and the minorities are a
 * part of them. The same rules stand in the database.
 */
@Embeddable
public class TrainingResult implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 10_000;

    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer participants;

    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer male;

    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer female;

    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer under16;

    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer age16to59;

    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer age60plus;

    @Column(name = "ethnic_minority")
    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer ethnicMinority;

    @Column(name = "vneid_activated")
    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer vneidActivated;

    @Column(name = "dossiers_filed")
    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer dossiersFiled;

    @Column(name = "epayment_opened")
    @NotNull(message = "{training.result.required}")
    @Min(value = 0, message = "{training.result.negative}")
    @Max(value = MAX, message = "{training.result.tooLarge}")
    private Integer epaymentOpened;

    @Size(max = 1000, message = "{training.result.notesTooLong}")
    private String notes;

    public TrainingResult() {
    }

    /** A copy, so a form never edits what is stored. */
    public TrainingResult(TrainingResult other) {
        this.participants = other.participants;
        this.male = other.male;
        this.female = other.female;
        this.under16 = other.under16;
        this.age16to59 = other.age16to59;
        this.age60plus = other.age60plus;
        this.ethnicMinority = other.ethnicMinority;
        this.vneidActivated = other.vneidActivated;
        this.dossiersFiled = other.dossiersFiled;
        this.epaymentOpened = other.epaymentOpened;
        this.notes = other.notes;
    }

    /** Every broken rule: the field rules first, then whether the groups add up. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(Rules.check(this));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (male + female != participants) {
            problems.add(new Problem("male", "training.result.genderSum", participants));
        }
        if (under16 + age16to59 + age60plus != participants) {
            problems.add(new Problem("under16", "training.result.ageSum", participants));
        }
        if (ethnicMinority > participants) {
            problems.add(new Problem("ethnicMinority", "training.result.minorityTooMany", participants));
        }
        return problems;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("participants", participants);
        m.put("male", male);
        m.put("female", female);
        m.put("under16", under16);
        m.put("age16to59", age16to59);
        m.put("age60plus", age60plus);
        m.put("ethnicMinority", ethnicMinority);
        m.put("vneidActivated", vneidActivated);
        m.put("dossiersFiled", dossiersFiled);
        m.put("epaymentOpened", epaymentOpened);
        m.put("notes", notes);
        return m;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getMale() {
        return male;
    }

    public void setMale(Integer male) {
        this.male = male;
    }

    public Integer getFemale() {
        return female;
    }

    public void setFemale(Integer female) {
        this.female = female;
    }

    public Integer getUnder16() {
        return under16;
    }

    public void setUnder16(Integer under16) {
        this.under16 = under16;
    }

    public Integer getAge16to59() {
        return age16to59;
    }

    public void setAge16to59(Integer age16to59) {
        this.age16to59 = age16to59;
    }

    public Integer getAge60plus() {
        return age60plus;
    }

    public void setAge60plus(Integer age60plus) {
        this.age60plus = age60plus;
    }

    public Integer getEthnicMinority() {
        return ethnicMinority;
    }

    public void setEthnicMinority(Integer ethnicMinority) {
        this.ethnicMinority = ethnicMinority;
    }

    public Integer getVneidActivated() {
        return vneidActivated;
    }

    public void setVneidActivated(Integer vneidActivated) {
        this.vneidActivated = vneidActivated;
    }

    public Integer getDossiersFiled() {
        return dossiersFiled;
    }

    public void setDossiersFiled(Integer dossiersFiled) {
        this.dossiersFiled = dossiersFiled;
    }

    public Integer getEpaymentOpened() {
        return epaymentOpened;
    }

    public void setEpaymentOpened(Integer epaymentOpened) {
        this.epaymentOpened = epaymentOpened;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
