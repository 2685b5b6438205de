package vn.cdtt.rating;

import java.io.Serializable;
import java.time.LocalDate;

/** A commune coordinator's declaration of a declared criterion: the weeks, the evidence and the "6 rõ". */
public class DeclarationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long communeId;
    private Long criterionId;
    private LocalDate firstDay;
    private LocalDate lastDay;
    /** Rõ người. */
    private String who;
    /** Rõ việc. */
    private String task;
    /** Rõ thời gian. */
    private LocalDate deadline;
    /** Rõ trách nhiệm. */
    private String responsibility;
    /** Rõ sản phẩm / kết quả. */
    private String result;
    /** Rõ thẩm quyền. */
    private String authority;
    private String evidence;

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public void setCriterionId(Long criterionId) {
        this.criterionId = criterionId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(String responsibility) {
        this.responsibility = responsibility;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
