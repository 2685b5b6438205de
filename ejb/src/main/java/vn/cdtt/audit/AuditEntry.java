package vn.cdtt.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Who changed (or looked at) what, when, with the state before and after. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(name = "commune_id", updatable = false)
    private Long communeId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "before_state", updatable = false, length = 4000)
    private String beforeState;

    @Column(name = "after_state", updatable = false, length = 4000)
    private String afterState;

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime at, String actor, AuditAction action, String entityType, Long entityId, Long provinceId,
               Long communeId, String summary, String beforeState, String afterState) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.provinceId = provinceId;
        this.communeId = communeId;
        this.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
        this.beforeState = cut(beforeState);
        this.afterState = cut(afterState);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getSummary() {
        return summary;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
