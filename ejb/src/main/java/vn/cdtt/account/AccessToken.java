package vn.cdtt.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A personal access token of an account for the REST API. Only the SHA-256 of the secret is kept: the secret is 256
 * random bits, so a hash without salt or stretching cannot be guessed back (stretching protects low-entropy passwords,
 * not random keys), and a lookup by hash stays one indexed query per API call. Valid through {@link #expiresOn}
 * (a Vietnam date) until revoked; a revoked token stays revoked.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    /** How long a token is valid when its owner does not say. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest a token may be valid. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = MAX_NAME)
    @Size(max = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    @Size(max = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    @Size(max = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected AccessToken() {
    }

    AccessToken(Long accountId, String name, String tokenHash, String prefix, LocalDateTime createdAt,
                LocalDate expiresOn) {
        this.accountId = Objects.requireNonNull(accountId);
        this.name = Objects.requireNonNull(name);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.prefix = Objects.requireNonNull(prefix);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresOn = Objects.requireNonNull(expiresOn);
        if (expiresOn.isBefore(createdAt.toLocalDate())) {
            throw new IllegalArgumentException("a token expiring before it was made");
        }
    }

    /** Usable on that day: not revoked and not past its last day. */
    public boolean validOn(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn);
    }

    void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(LocalDateTime now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
