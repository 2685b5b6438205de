package vn.cdtt.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One message in a user's in-app inbox, written in the recipient's language when it was sent. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(nullable = false)
    private String message;

    /** Where it leads (the web layer makes the link); null when nowhere in particular. */
    @Convert(converter = NotificationTargetColumn.class)
    private NotificationTarget target;

    /** Unique per recipient when set: the same event never notifies twice (e.g. a reminder after a restart). */
    @Column(name = "dedup_key")
    private String dedupKey;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(Long accountId, NotificationKind kind, String message, NotificationTarget target, String dedupKey,
                        LocalDateTime now) {
        this.accountId = accountId;
        this.kind = kind;
        this.message = message.length() > 600 ? message.substring(0, 600) : message;
        this.target = target;
        this.dedupKey = dedupKey;
        this.createdAt = now;
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public NotificationTarget getTarget() {
        return target;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
