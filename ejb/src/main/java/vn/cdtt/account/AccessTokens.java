package vn.cdtt.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Personal access tokens: every signed-in user makes, lists and revokes their own (account page); the API's
 * authentication mechanism asks {@link #authenticate} on every call. The secret is shown once, at creation.
 */
@Stateless
public class AccessTokens {

    /** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
    public static final String PREFIX = "cdtt_";
    /** Last-used times are written at most this often per token: an API client polling does not write every call. */
    static final Duration LAST_USED_STEP = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** A token just made: its secret, shown once and never again. */
    public record Created(Long id, String name, LocalDate expiresOn, String secret) implements Serializable {
    }

    /** Who a valid token speaks for. */
    public record TokenLogin(String username, Role role) implements Serializable {
    }

    /**
     * A new token of the caller's, valid through {@code expiresOn} (default {@value AccessToken#DEFAULT_DAYS} days from
     * today, at most {@value AccessToken#MAX_DAYS}).
     */
    public Created create(String name, LocalDate expiresOn) {
        Caller caller = callers.current();
        String clean = name == null ? "" : VietnameseText.clean(name).trim();
        LocalDate today = VietnamTime.today();
        LocalDate until = expiresOn == null ? today.plusDays(AccessToken.DEFAULT_DAYS) : expiresOn;
        if (clean.isEmpty()) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("name", "token.name.required")));
        }
        if (clean.length() > AccessToken.MAX_NAME) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("name", "token.name.tooLong",
                    AccessToken.MAX_NAME)));
        }
        if (!until.isAfter(today) || until.isAfter(today.plusDays(AccessToken.MAX_DAYS))) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("expires", "token.expires.range",
                    VietnamTime.DATE.format(today.plusDays(AccessToken.MAX_DAYS)))));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        AccessToken token = new AccessToken(caller.accountId(), clean, hash(secret), secret.substring(0, 9),
                VietnamTime.now(), until);
        em.persist(token);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", clean);
        after.put("expiresOn", until);
        after.put("prefix", token.getPrefix());
        audit.record(caller.username(), AuditAction.CREATE, "AccessToken", token.getId(), caller.provinceId(),
                caller.communeId(), LocalizedText.of("audit.event.token.created", clean, until), null, after);
        return new Created(token.getId(), clean, until, secret);
    }

    /** The caller's tokens, newest first, revoked ones too (they say when). */
    public List<AccessToken> mine() {
        Caller caller = callers.current();
        return em.createQuery("SELECT t FROM AccessToken t WHERE t.accountId = :a ORDER BY t.createdAt DESC, t.id DESC",
                AccessToken.class).setParameter("a", caller.accountId()).getResultList();
    }

    /** Revokes one of the caller's own tokens; anyone else's does not exist for them. */
    public void revoke(Long id) {
        Caller caller = callers.current();
        AccessToken token = id == null ? null : em.find(AccessToken.class, id);
        if (token == null || !token.getAccountId().equals(caller.accountId())) {
            throw new NotFoundException("AccessToken", id);
        }
        if (token.isRevoked()) {
            return;
        }
        token.revoke(VietnamTime.now());
        audit.record(caller.username(), AuditAction.UPDATE, "AccessToken", token.getId(), caller.provinceId(),
                caller.communeId(), LocalizedText.of("audit.event.token.revoked", token.getName()), null,
                Map.of("revokedAt", token.getRevokedAt()));
    }

    /**
     * The account a bearer token speaks for: a known token, neither revoked nor expired, of an enabled account. Notes
     * when it was last used. Its own transaction: it runs before any service, from the authentication mechanism.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TokenLogin> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> found = em.createQuery("SELECT t, a.username, a.role, a.enabled FROM AccessToken t, Account a "
                        + "WHERE a.id = t.accountId AND t.tokenHash = :h", Object[].class)
                .setParameter("h", hash(secret)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = (AccessToken) found.get(0)[0];
        LocalDateTime now = VietnamTime.now();
        if (!token.validOn(now.toLocalDate()) || !Boolean.TRUE.equals(found.get(0)[3])) {
            return Optional.empty();
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_STEP).isBefore(now)) {
            token.used(now);
        }
        return Optional.of(new TokenLogin((String) found.get(0)[1], (Role) found.get(0)[2]));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
