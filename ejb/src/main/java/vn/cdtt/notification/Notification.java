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
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Locale;
import vn.cdtt.common.LocalizedText;

/**
 * One message in a user's in-app inbox. Its text is {@code notify.<KIND>} with the stored arguments, rendered in
 * the reader's language when it is read; {@code message} keeps the text in the recipient's language at the time it
 * was sent, and is all that messages written before the arguments were kept (no {@code messageArgs}) have.
 */
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
    @Size(max = 600)
    private String message;

    /** {@link LocalizedText#encodedArguments()}; empty for a text without arguments, null for old messages. */
    @Column(name = "message_args", length = 2000)
    @Size(max = 2000)
    private String messageArgs;

    /** Where it leads (the web layer makes the link); null when nowhere in particular. */
    @Convert(converter = NotificationTargetColumn.class)
    private NotificationTarget target;

    /** Unique per recipient when set: the same event never notifies twice (e.g. a reminder after a restart). */
    @Column(name = "dedup_key")
    @Size(max = 100)
    private String dedupKey;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    /** {@code text} is {@link #textOf} the kind with its arguments; {@code locale} is the recipient's language. */
    public Notification(Long accountId, NotificationKind kind, LocalizedText text, Locale locale,
                        NotificationTarget target, String dedupKey, LocalDateTime now) {
        this.accountId = accountId;
        this.kind = kind;
        String rendered = text.render(locale);
        this.message = rendered.length() > 600 ? rendered.substring(0, 600) : rendered;
        String args = text.encodedArguments();
        this.messageArgs = args == null ? "" : args.length() > 2000 ? null : args;
        this.target = target;
        this.dedupKey = dedupKey;
        this.createdAt = now;
    }

    /** The text of a notification of {@code kind}: its bundle key {@code notify.<KIND>} with the arguments. */
    public static LocalizedText textOf(NotificationKind kind, Object... args) {
        return LocalizedText.of("notify." + kind, args);
    }

    /** The message in the reader's language (old messages: as they were written). */
    public String message(Locale locale) {
        return messageArgs == null ? message : LocalizedText.decode("notify." + kind, messageArgs).render(locale);
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

    /** The message as it was sent, in the recipient's language of that day. */
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
