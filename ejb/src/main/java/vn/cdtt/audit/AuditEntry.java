package vn.cdtt.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Locale;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Messages;

/**
 * Who changed (or looked at) what, when, with the state before and after. Written once, never changed. The summary
 * is a bundle key with arguments, shown in the reader's language; {@code summary} keeps its Vietnamese rendering
 * for the text search, and is all that entries written before the keys (no {@code summaryKey}) have.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false)
    @Size(max = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    @Size(max = 40)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(name = "commune_id", updatable = false)
    private Long communeId;

    @Column(nullable = false, updatable = false)
    @Size(max = 300)
    private String summary;

    @Column(name = "summary_key", updatable = false, length = 100)
    @Size(max = 100)
    private String summaryKey;

    @Column(name = "summary_args", updatable = false, length = 2000)
    @Size(max = 2000)
    private String summaryArgs;

    @Column(name = "before_state", updatable = false, length = 4000)
    @Size(max = 4000)
    private String beforeState;

    @Column(name = "after_state", updatable = false, length = 4000)
    @Size(max = 4000)
    private String afterState;

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime at, String actor, AuditAction action, String entityType, Long entityId, Long provinceId,
               Long communeId, LocalizedText summary, String beforeState, String afterState) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.provinceId = provinceId;
        this.communeId = communeId;
        String text = summary.render(Messages.VIETNAMESE);
        this.summary = text.length() > 300 ? text.substring(0, 300) : text;
        this.summaryKey = summary.key();
        String args = summary.encodedArguments();
        // arguments too long to keep: the Vietnamese summary is shown to everyone rather than nothing
        this.summaryArgs = args != null && args.length() > 2000 ? null : args;
        if (args != null && summaryArgs == null) {
            this.summaryKey = null;
        }
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

    /** The summary as stored: its Vietnamese rendering, or the free text of an entry written before the keys. */
    public String getSummary() {
        return summary;
    }

    /** The summary in the reader's language (old entries without a key: their free text as it was written). */
    public String summary(Locale locale) {
        return summaryKey == null ? summary : LocalizedText.decode(summaryKey, summaryArgs).render(locale);
    }

    public String getSummaryKey() {
        return summaryKey;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
