package vn.cdtt.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** Search of the audit log: by actor, record type, record id, action and date range (all optional). */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private String entityType;
    private Long entityId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private String text;

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
