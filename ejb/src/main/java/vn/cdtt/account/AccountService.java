package vn.cdtt.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
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
 * Accounts and logins. Passwords are stored as PBKDF2 (HMAC-SHA256) hashes; five failed logins lock an account
 * for 15 minutes. The province coordinator creates accounts and links a member's account to the member record.
 */
@Stateless
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @PostConstruct
    void configureHasher() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "60000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
    }

    /** Checks a login; counts failures and locks after too many. Runs in its own transaction so failures count. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome authenticate(String username, String password) {
        if (username == null || password == null) {
            return LoginOutcome.rejected();
        }
        List<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username.trim().toLowerCase()).getResultList();
        if (found.isEmpty()) {
            return LoginOutcome.rejected();
        }
        Account a = found.get(0);
        LocalDateTime now = VietnamTime.now();
        if (a.isLocked(now)) {
            return LoginOutcome.locked();
        }
        if (!a.isEnabled()) {
            return LoginOutcome.rejected();
        }
        if (!hasher.verify(password.toCharArray(), a.getPasswordHash())) {
            a.loginFailed(now);
            if (a.isLocked(now)) {
                audit.record(a.getUsername(), AuditAction.LOGIN_LOCKED, "Account", a.getId(), a.getProvinceId(),
                        a.getCommuneId(), LocalizedText.of("audit.event.account.locked", a.getUsername()), null, null);
                return LoginOutcome.locked();
            }
            return LoginOutcome.rejected();
        }
        a.loginSucceeded();
        return new LoginOutcome(LoginOutcome.Result.ACCEPTED, a.getUsername(), a.getRole());
    }

    /** Whether a login name is locked right now (the login page says so instead of "wrong password"). */
    public boolean isLocked(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username == null ? "" : username.trim().toLowerCase()).getResultList().stream()
                .anyMatch(a -> a.isLocked(VietnamTime.now()));
    }

    /** The calling account (for the page header and preferences). */
    public Caller me() {
        return callers.current();
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
        return rows.stream().map(r -> {
            Account a = (Account) r[0];
            return new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getCommuneId(),
                    (String) r[1], a.getMemberId(), memberNames.get(a.getMemberId()), a.getSiteId(), a.isEnabled(),
                    a.getLockedUntil());
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
        checkStrength(password);
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
            a.unlock();
        }
        audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(), a.getCommuneId(),
                LocalizedText.of(enabled ? "audit.event.account.enabled"
                        : "audit.event.account.disabled", a.getUsername()), before, a.auditState());
    }

    public void resetPassword(Long accountId, String newPassword) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Account a = account(accountId, caller);
        checkStrength(newPassword);
        a.changePasswordHash(hasher.generate(newPassword.toCharArray()));
        a.unlock();
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
        checkStrength(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("password.new.same");
        }
        a.changePasswordHash(hasher.generate(newPassword.toCharArray()));
        audit.record(caller.username(), AuditAction.UPDATE, "Account", a.getId(), a.getProvinceId(), a.getCommuneId(),
                LocalizedText.of("audit.event.account.passwordChanged", a.getUsername()), null, null);
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

    static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || !password.matches(".*\\d.*")
                || !password.matches(".*\\p{L}.*")) {
            throw new InvalidInputException("password.weak", MIN_PASSWORD_LENGTH);
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
