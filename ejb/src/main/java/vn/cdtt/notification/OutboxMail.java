package vn.cdtt.notification;

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

/**
 * An e-mail to send, stored in the same transaction as the change it tells about: it exists exactly when the
 * change was committed, and a failed SMTP server delays it instead of losing it.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    public static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(nullable = false)
    @Size(max = 150)
    private String recipient;

    @Column(nullable = false)
    @Size(max = 200)
    private String subject;

    @Column(nullable = false)
    @Size(max = 2000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    @Size(max = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    /** The files it carries, as a {@link MailAttachments#reference reference}; null when none. */
    @Column(length = 100)
    @Size(max = 100)
    private String attachments;

    protected OutboxMail() {
    }

    public OutboxMail(Long provinceId, String recipient, String subject, String body, boolean demo, LocalDateTime now) {
        this.provinceId = provinceId;
        this.recipient = recipient;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.status = demo ? MailStatus.DEMO : MailStatus.PENDING;
        this.createdAt = now;
    }

    /** The mail carries the files of a {@link MailAttachments#reference reference}, written when it is sent. */
    public OutboxMail attach(String reference) {
        if (reference != null && reference.length() > 100) {
            throw new IllegalArgumentException("attachment reference too long");
        }
        this.attachments = reference;
        return this;
    }

    public void sent(LocalDateTime now) {
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getAttachments() {
        return attachments;
    }
}
