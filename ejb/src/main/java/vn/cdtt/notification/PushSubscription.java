package vn.cdtt.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A browser (device) in which a member turned push notifications on: the push service's endpoint and the browser's
 * keys (Push API {@code PushSubscription.toJSON()}). Removed when the push service says it is gone (404/410).
 */
@Entity
@Table(name = "push_subscription")
public class PushSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    @Size(max = 700)
    private String endpoint;

    @Column(nullable = false)
    @Size(max = 200)
    private String p256dh;

    @Column(nullable = false)
    @Size(max = 100)
    private String auth;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected PushSubscription() {
    }

    public PushSubscription(Long accountId, String endpoint, String p256dh, String auth, LocalDateTime createdAt) {
        this.accountId = Objects.requireNonNull(accountId);
        this.endpoint = Objects.requireNonNull(endpoint);
        this.p256dh = Objects.requireNonNull(p256dh);
        this.auth = Objects.requireNonNull(auth);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The same browser subscribed again (new keys, or another account signed in on it). */
    void renew(Long accountId, String p256dh, String auth, LocalDateTime now) {
        this.accountId = accountId;
        this.p256dh = p256dh;
        this.auth = auth;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getP256dh() {
        return p256dh;
    }

    public String getAuth() {
        return auth;
    }
}
