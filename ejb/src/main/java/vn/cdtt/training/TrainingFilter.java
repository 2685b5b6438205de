package vn.cdtt.training;

import java.io.Serializable;
import java.time.LocalDate;

/** What the sessions list is filtered by; empty fields do not filter. */
public class TrainingFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long communeId;
    private TrainingStatus status;
    private LocalDate from;
    private LocalDate to;
    /** Only planned sessions that have started: results still to record. */
    private boolean toRecord;

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public void setStatus(TrainingStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isToRecord() {
        return toRecord;
    }

    public void setToRecord(boolean toRecord) {
        this.toRecord = toRecord;
    }
}
