package vn.cdtt.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Accounts and logins. Passwords are stored as PBKDF2 (HMAC-SHA256) hashes; failed logins are throttled
 * ({@link LoginThrottle}), never locked. The province coordinator creates accounts and links a member's account to the member record.
 */
@Stateless
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    static final String HASH_ALGORITHM = "PBKDF2WithHmacSHA256";
    /** Current guidance for PBKDF2-HMAC-SHA256 (OWASP, 2023). Stored hashes name their own, so older ones verify. */
    static final int HASH_ITERATIONS = 600_000;
    /** The parameters of every new password hash (the demo data's too). */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", HASH_ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", String.valueOf(HASH_ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16");
    private static final Set<String> COMMON_PASSWORDS = CommonPasswords.load();
    private static volatile String dummyHash;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    LoginThrottle throttle;

    @Inject
    vn.cdtt.common.Operations operations;

    @PostConstruct
    void configureHasher() {
        hasher.initialize(HASH_PARAMETERS);
    }

    /**
     * Checks a login from a client address. Every failure answers the same REJECTED after the same work: an unknown
     * name or a disabled account is checked against a dummy hash of today's parameters, so neither the answer nor
     * its time tells which names exist. Too many failures of the name or from the address answer THROTTLED, without
     * checking the password. A success re-hashes a password stored with older, weaker parameters.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome authenticate(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.trim().toLowerCase();
        Instant now = VietnamTime.clock().instant();
        Duration wait = throttle.waitFor(name, clientAddress, now);
        if (!wait.isZero()) {
            operations.loginFailed(true);
            return LoginOutcome.throttled(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        Account a = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", name).getResultList().stream().findFirst().orElse(null);
        char[] given = password == null ? new char[0] : password.toCharArray();
        boolean matches = hasher.verify(given, a == null ? dummyHash() : a.getPasswordHash());
        if (!matches || a == null || !a.isEnabled()) {
            operations.loginFailed(false);
            if (throttle.failed(name, clientAddress, now) && a != null) {
                audit.record(a.getUsername(), AuditAction.LOGIN_LOCKED, "Account", a.getId(), a.getProvinceId(),
                        a.getCommuneId(), LocalizedText.of("audit.event.account.throttled", a.getUsername()), null,
                        null);
            }
            return LoginOutcome.rejected();
        }
        throttle.succeeded(name);
        if (hashedWithOlderParameters(a.getPasswordHash())) {
            a.changePasswordHash(hasher.generate(given));
        }
        return LoginOutcome.accepted(a.getUsername(), a.getRole());
    }

    /** Whether a stored hash ("algorithm:iterations:salt:hash") is weaker than what new passwords get. */
    static boolean hashedWithOlderParameters(String storedHash) {
        String[] parts = storedHash.split(":");
        try {
            return parts.length != 4 || !HASH_ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < HASH_ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** A hash of a random secret with today's parameters, made once: unknown names cost as much as real ones. */
    private String dummyHash() {
        String d = dummyHash;
        if (d == null) {
            byte[] secret = new byte[24];
            new java.security.SecureRandom().nextBytes(secret);
            d = hasher.generate(java.util.Base64.getEncoder().encodeToString(secret).toCharArray());
            dummyHash = d;
        }
        return d;
    }

    /** The calling account (for the page header and preferences). */
    public Caller me() {
        return callers.current();
    }

    /** The name the page header greets the caller by: a member's full name, else the account's display name, else the login. */
    public String myName() {
        Account a = em.find(Account.class, callers.current().accountId());
        if (a.getMemberId() != null) {
            return em.find(Member.class, a.getMemberId()).getFullName();
        }
        return a.getDisplayName() == null || a.getDisplayName().isBlank() ? a.getUsername() : a.getDisplayName();
    }

    /** Every account of the province with commune and linked member names: two queries, whatever the count. */
    public List<AccountRow> accounts() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        List<Object[]> rows = em.createQuery("SELECT a, c.name FROM Account a LEFT JOIN Commune c ON c.id = a.communeId "
                        + "WHERE a.provinceId = :p ORDER BY a.role, a.username", Object[].class)
                .setParameter("p", caller.provinceId()).getResultList();
        List<Long> memberIds = rows.stream().map(r -> ((Account) r[0]).getMemberId()).filter(Objects::nonNull).toList();
        Map<Long, String> memberNames = new HashMap<>();
        if (!memberIds.isEmpty()) {
            em.createQuery("SELECT m.id, m.fullName FROM Member m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", memberIds).getResultList()
                    .forEach(r -> memberNames.put((Long) r[0], (String) r[1]));
        }
        Instant now = VietnamTime.clock().instant();
        return rows.stream().map(r -> {
            Account a = (Account) r[0];
            Instant waiting = throttle.waitingUntil(a.getUsername(), now);
            return new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getCommuneId(),
                    (String) r[1], a.getMemberId(), memberNames.get(a.getMemberId()), a.getSiteId(), a.isEnabled(),
                    waiting == null ? null : LocalDateTime.ofInstant(waiting, VietnamTime.ZONE), a.getPhone());
        }).toList();
    }

    public Account create(String username, String displayName, String password, Role role, Long communeId, Long siteId,
                          Long memberId) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        String name = username == null ? null : username.trim().toLowerCase();
        if (!em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class).setParameter("u", name)
                .getResultList().isEmpty()) {
            throw new InvalidInputException("account.username.taken", name);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("account.displayName.required");
        }
        if (role == null) {
            throw new InvalidInputException("account.role.required");
        }
        checkStrength(password, name);
        Account a = new Account(name, displayName.trim(), hasher.generate(password.toCharArray()), role,
                caller.provinceId());
        checkScope(caller, role, communeId, siteId, memberId);
        a.scopeTo(communeId, siteId, memberId);
        em.persist(a);
        em.flush();
        audit.record(caller.username(), AuditAction.CREATE, "Account", a.getId(), a.getProvinceId(), a.getCommuneId(),
                LocalizedText.of("audit.event.account.created", a.getUsername()), null, a.auditState());
        return a;
    }

    /** Links a member's account to the member record (the member then sees only that record). */
    public void linkMember(Long accountId, Long memberId) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Account a = account(accountId, caller);
        Map<String, Object> before = a.auditState();
        checkScope(caller, a.getRole(), a.getCommuneId(), a.getSiteId(), memberId);
        a.linkMember(memberId);
        em.flush();
        audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(), a.getCommuneId(),
                LocalizedText.of("audit.event.account.linked", a.getUsername()), before, a.auditState());
    }

    public void setEnabled(Long accountId, boolean enabled) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Account a = account(accountId, caller);
        if (a.getId().equals(caller.accountId()) && !enabled) {
            throw new InvalidInputException("account.disable.self");
        }
        Map<String, Object> before = a.auditState();
        a.setEnabled(enabled);
        if (enabled) {
            throttle.forget(a.getUsername());
        }
        audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(), a.getCommuneId(),
                LocalizedText.of(enabled ? "audit.event.account.enabled"
                        : "audit.event.account.disabled", a.getUsername()), before, a.auditState());
    }

    public void resetPassword(Long accountId, String newPassword) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Account a = account(accountId, caller);
        checkStrength(newPassword, a.getUsername());
        a.changePasswordHash(hasher.generate(newPassword.toCharArray()));
        throttle.forget(a.getUsername());
        audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(), a.getCommuneId(),
                LocalizedText.of("audit.event.account.passwordReset", a.getUsername()), null, null);
    }

    /** Any signed-in user changes their own password, giving the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Caller caller = callers.current();
        Account a = em.find(Account.class, caller.accountId());
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), a.getPasswordHash())) {
            throw new InvalidInputException("password.current.wrong");
        }
        checkStrength(newPassword, a.getUsername());
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("password.new.same");
        }
        a.changePasswordHash(hasher.generate(newPassword.toCharArray()));
        audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(), a.getCommuneId(),
                LocalizedText.of("audit.event.account.passwordChanged", a.getUsername()), null, null);
    }

    /** The caller's own number to be called on (null when none). */
    public String myPhone() {
        return em.find(Account.class, callers.current().accountId()).getPhone();
    }

    /** Anyone signed in sets (or, blank, removes) the number they can be called on. */
    public void changeOwnPhone(String phone) {
        Caller caller = callers.current();
        changePhone(caller, em.find(Account.class, caller.accountId()), phone);
    }

    /** The province coordinator sets (or removes) the number of an account of the province. */
    public void changePhone(Long accountId, String phone) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        changePhone(caller, account(accountId, caller), phone);
    }

    private void changePhone(Caller caller, Account a, String phone) {
        String before = a.getPhone();
        a.changePhone(phone);
        if (!Objects.equals(before, a.getPhone())) {
            Map<String, Object> was = new HashMap<>();
            was.put("phone", before);
            Map<String, Object> now = new HashMap<>();
            now.put("phone", a.getPhone());
            audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(),
                    a.getCommuneId(), LocalizedText.of("audit.event.account.phone", a.getUsername()), was, now);
        }
    }

    public void changeLocale(String languageTag) {
        Caller caller = callers.current();
        Account a = em.find(Account.class, caller.accountId());
        String before = a.getLocale();
        a.changeLocale(languageTag);
        if (!before.equals(a.getLocale())) {
            audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(),
                    a.getCommuneId(), LocalizedText.of("audit.event.account.language", a.getUsername()), Map.of("locale", before),
                    Map.of("locale", a.getLocale()));
        }
    }

    private void checkScope(Caller caller, Role role, Long communeId, Long siteId, Long memberId) {
        if (communeId != null) {
            Commune c = em.find(Commune.class, communeId);
            if (c == null || !c.getProvince().getId().equals(caller.provinceId())) {
                throw new NotFoundException("Commune", communeId);
            }
        }
        if (siteId != null) {
            ServiceSite s = em.find(ServiceSite.class, siteId);
            if (s == null || !s.getCommune().getId().equals(communeId)) {
                throw new InvalidInputException("account.site.otherCommune");
            }
        }
        if (memberId != null) {
            Member m = em.find(Member.class, memberId);
            if (m == null || !m.getCommune().getId().equals(communeId)) {
                throw new InvalidInputException("account.member.otherCommune");
            }
            if (role != Role.MEMBER) {
                throw new InvalidInputException("account.link.notMemberRole");
            }
        }
    }

    /** Long enough, letters and digits, not the login name (in any case, nor inside it), not a common password. */
    static void checkStrength(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || !password.matches(".*\\d.*")
                || !password.matches(".*\\p{L}.*")) {
            throw new InvalidInputException("password.weak", MIN_PASSWORD_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password.containsUsername");
        }
        if (COMMON_PASSWORDS.contains(lower)) {
            throw new InvalidInputException("password.common");
        }
    }

    private Account account(Long id, Caller caller) {
        Account a = id == null ? null : em.find(Account.class, id);
        if (a == null || !a.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("Account", id);
        }
        return a;
    }
}
