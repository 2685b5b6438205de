package vn.cdtt.request;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the centre fills in to ask for helpers; {@link HelperRequest} checks it (these constraints, then what depends on
 * the site and the province). An empty answer time asks for the default ({@link HelperRequest#defaultAnswerBy}).
 */
public class HelperRequestForm implements Serializable {

    private Long siteId;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private RequestSessions sessions = RequestSessions.MORNING;
    /** Typed as the centre typed it: a number out of range is refused with a message, never moved into range. */
    @NotNull(message = "{request.helpers.required}")
    @Min(value = 1, message = "{request.helpers.tooFew}")
    private Integer helpers = 1;
    private List<Long> skillIds = new ArrayList<>();
    private List<Long> languageIds = new ArrayList<>();
    private RequestReason reason;
    private String reasonText;
    private String contactName;
    private String contactPhone;
    private LocalDateTime answerBy;

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    /** The last day of a range; empty for one day. */
    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public RequestSessions getSessions() {
        return sessions;
    }

    public void setSessions(RequestSessions sessions) {
        this.sessions = sessions;
    }

    public Integer getHelpers() {
        return helpers;
    }

    public void setHelpers(Integer helpers) {
        this.helpers = helpers;
    }

    public List<Long> getSkillIds() {
        return skillIds;
    }

    public void setSkillIds(List<Long> skillIds) {
        this.skillIds = skillIds == null ? new ArrayList<>() : skillIds;
    }

    public List<Long> getLanguageIds() {
        return languageIds;
    }

    public void setLanguageIds(List<Long> languageIds) {
        this.languageIds = languageIds == null ? new ArrayList<>() : languageIds;
    }

    public RequestReason getReason() {
        return reason;
    }

    public void setReason(RequestReason reason) {
        this.reason = reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public LocalDateTime getAnswerBy() {
        return answerBy;
    }

    public void setAnswerBy(LocalDateTime answerBy) {
        this.answerBy = answerBy;
    }
}
