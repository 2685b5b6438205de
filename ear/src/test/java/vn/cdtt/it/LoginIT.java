package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cdtt.account.Account;
import vn.cdtt.account.AccountService;
import vn.cdtt.account.LoginOutcome;
import vn.cdtt.account.LoginOutcome.Result;
import vn.cdtt.account.LoginThrottle;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.security.Role;

/**
 * Logins: failures that do not tell which names exist, throttling instead of lockout, PBKDF2 re-hashing, password
 * rules, the session cookie, the page asked for before login, no random refusals under concurrency, accounts by the
 * province only.
 */
class LoginIT extends IntegrationTest {

    /** Client addresses from the documentation ranges (RFC 5737): no test shares one with another. */
    private static String address(String tag) {
        return "192.0.2." + tag + "." + Fixtures.next();
    }

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Test
    void anUnknownNameAWrongPasswordAndADisabledAccountAnswerAlike() {
        String user = fixtures.account(Role.MEMBER, fixtures.commune("23638"));
        String disabled = fixtures.account(Role.VIEWER, null);
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        accounts.setEnabled(accountId(disabled), false);

        LoginOutcome wrongPassword = accounts.authenticate(user, "Wrong-2026", address("a"));
        LoginOutcome unknownName = accounts.authenticate("ghost." + Fixtures.next(), "Wrong-2026", address("b"));
        LoginOutcome disabledAccount = accounts.authenticate(disabled, Fixtures.PASSWORD, address("c"));

        assertEquals(LoginOutcome.rejected(), wrongPassword);
        assertEquals(wrongPassword, unknownName);
        assertEquals(wrongPassword, disabledAccount);
    }

    @Test
    void realAndUnknownNamesAreThrottledAlikeEvenAgainstTheRightPassword() {
        String real = fixtures.account(Role.MEMBER, fixtures.commune("23638"));
        String unknown = "ghost." + Fixtures.next();
        for (String name : List.of(real, unknown)) {
            for (int i = 1; i <= LoginThrottle.FREE_NAME_FAILURES; i++) {
                // every attempt from another address: the name alone is throttled
                assertEquals(Result.REJECTED, accounts.authenticate(name, "wrong" + i, address(name + i)).result());
            }
            LoginOutcome next = accounts.authenticate(name, Fixtures.PASSWORD, address(name + "next"));
            assertEquals(Result.THROTTLED, next.result(), name);
            assertTrue(next.retryAfterSeconds() >= 1 && next.retryAfterSeconds() <= 2, "waits 2 s: " + next);
        }
    }

    @Test
    void anAttackerCannotLockTheRealUserOut() {
        String victim = fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune("23638"));
        String attacker = address("attacker");
        LocalDateTime t = LocalDateTime.of(2030, 3, 4, 9, 0);
        LocalDateTime lastFailure = t;
        int failures = 0;
        long longestNameWait = 0;
        while (failures < 30) {
            TestClock.setNow(t);
            LoginOutcome o = accounts.authenticate(victim, "guess" + failures, attacker);
            if (o.result() == Result.THROTTLED) {
                t = t.plusSeconds(o.retryAfterSeconds());
            } else {
                assertEquals(Result.REJECTED, o.result());
                lastFailure = t;
                failures++;
                // how long the name alone now waits (what a user at another address would meet)
                longestNameWait = Math.max(longestNameWait,
                        throttle.waitFor(victim, null, VietnamTime.clock().instant()).toSeconds());
            }
        }
        assertTrue(longestNameWait > 0 && longestNameWait <= LoginThrottle.NAME_MAX_WAIT.toSeconds(),
                "the name waits at most a minute: " + longestNameWait);

        TestClock.setNow(lastFailure.plusSeconds(LoginThrottle.NAME_MAX_WAIT.toSeconds() + 1));
        LoginOutcome attackerNow = accounts.authenticate(victim, Fixtures.PASSWORD, attacker);
        assertEquals(Result.THROTTLED, attackerNow.result(), "the attacker's address still waits");
        assertTrue(attackerNow.retryAfterSeconds() > 60, "and much longer: " + attackerNow);

        assertEquals(Result.ACCEPTED, accounts.authenticate(victim, Fixtures.PASSWORD, address("victim")).result());
        // a success resets the name: the next mistake is an ordinary one
        assertEquals(Result.REJECTED, accounts.authenticate(victim, "typo", address("victim2")).result());
    }

    @Test
    void anOldHashIsReplacedAtTheNextSuccessfulLogin() {
        String user = fixtures.account(Role.VIEWER, null);
        assertTrue(fixtures.passwordHash(user).startsWith("PBKDF2WithHmacSHA256:1024:"), fixtures.passwordHash(user));

        assertEquals(Result.REJECTED, accounts.authenticate(user, "not-it-2026", address("rehash")).result());
        assertTrue(fixtures.passwordHash(user).startsWith("PBKDF2WithHmacSHA256:1024:"), "a failure changes nothing");

        assertEquals(Result.ACCEPTED, accounts.authenticate(user, Fixtures.PASSWORD, address("rehash")).result());
        assertTrue(fixtures.passwordHash(user).startsWith("PBKDF2WithHmacSHA256:600000:"), fixtures.passwordHash(user));
        assertEquals(Result.ACCEPTED, accounts.authenticate(user, Fixtures.PASSWORD, address("rehash")).result());
    }

    @Test
    void aUserChangesTheirPasswordKnowingTheCurrentOne() {
        String user = fixtures.account(Role.VIEWER, null);
        actAs(user);
        assertThrows(InvalidInputException.class, () -> accounts.changeOwnPassword("not-it", "NewPass2026"));
        InvalidInputException weak = assertThrows(InvalidInputException.class,
                () -> accounts.changeOwnPassword(Fixtures.PASSWORD, "short"));
        assertEquals("password.weak", weak.getMessageKey());

        accounts.changeOwnPassword(Fixtures.PASSWORD, "NewPass2026");

        assertEquals(Result.REJECTED, accounts.authenticate(user, Fixtures.PASSWORD, address("change")).result());
        assertEquals(Result.ACCEPTED, accounts.authenticate(user, "NewPass2026", address("change")).result());
        assertTrue(fixtures.passwordHash(user).startsWith("PBKDF2WithHmacSHA256:600000:"), "new hashes use 600,000");
    }

    @Test
    void passwordsRefuseTheUserNameAndCommonPasswords() {
        Long commune = fixtures.commune("23638");
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        String username = "tv.lan" + Fixtures.next();

        InvalidInputException withName = assertThrows(InvalidInputException.class, () -> accounts.create(username,
                "Trần Thị Lan", "X" + username.toUpperCase() + "!9", Role.MEMBER, commune, null, null));
        assertEquals("password.containsUsername", withName.getMessageKey());
        for (String common : List.of("Matkhau@123", "matkhau123", "PASSWORD123", "Gialai@2026")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> accounts.create(username,
                    "Trần Thị Lan", common, Role.MEMBER, commune, null, null), common);
            assertEquals("password.common", e.getMessageKey(), common);
        }
        assertEquals("password.weak", assertThrows(InvalidInputException.class, () -> accounts.create(username,
                "Trần Thị Lan", "123456", Role.MEMBER, commune, null, null)).getMessageKey());

        Account a = accounts.create(username, "Trần Thị Lan", "Cay-Ca-Phe-7", Role.MEMBER, commune, null, null);
        InvalidInputException reset = assertThrows(InvalidInputException.class,
                () -> accounts.resetPassword(a.getId(), "matkhau2026"));
        assertEquals("password.common", reset.getMessageKey());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        URI login = URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/login.xhtml");
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding());

        assertEquals(200, response.statusCode());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax\\b.*"), cookie);
        assertEquals(1, cookie.toLowerCase().split("samesite", -1).length - 1, "once: " + cookie);
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly\\b.*"), cookie);
    }

    @Test
    void aPageAskedForBeforeLoginOpensRightAfterLogin() throws Exception {
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune("23638"));
        WebSession browser = WebSession.anonymous(base());

        HttpResponse<String> asked = browser.get("roster/members.xhtml?q=an", Duration.ofSeconds(30));
        assertTrue(WebSession.isLoginPage(asked), "the login page first");
        HttpResponse<String> landed = browser.logIn(coordinator, Fixtures.PASSWORD);

        assertEquals(200, landed.statusCode());
        assertEquals(request.getContextPath() + "/roster/members.xhtml", landed.uri().getPath());
        assertEquals("q=an", landed.uri().getQuery());
        assertFalse(WebSession.isLoginPage(landed));
    }

    /**
     * Payara 6.2025.9's built-in form login answered about one signed-in request in fifty with 403 when several
     * sessions were served at once (payara/Payara issue 6145): ten sessions of three roles, 300 requests, none
     * refused.
     */
    @Test
    void signedInUsersInParallelAreNeverRefused() throws Exception {
        Long commune = fixtures.commune("23638");
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Role role = i % 3 == 0 ? Role.VIEWER : Role.COMMUNE_COORDINATOR;
            sessions.add(WebSession.signIn(base(), fixtures.account(role, role == Role.VIEWER ? null : commune),
                    Fixtures.PASSWORD));
        }
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<List<String>>> refusals = new ArrayList<>();
            for (WebSession s : sessions) {
                refusals.add(threads.submit(() -> {
                    List<String> refused = new ArrayList<>();
                    for (int n = 0; n < 30; n++) {
                        HttpResponse<String> r = s.get(n % 2 == 0 ? "index.xhtml" : "training/sessions.xhtml",
                                Duration.ofSeconds(30));
                        if (r.statusCode() != 200 || WebSession.isLoginPage(r)) {
                            refused.add(r.uri().getPath() + " " + r.statusCode());
                        }
                    }
                    return refused;
                }));
            }
            List<String> refused = new ArrayList<>();
            for (Future<List<String>> f : refusals) {
                refused.addAll(f.get(3, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), refused);
        } finally {
            threads.shutdownNow();
        }
    }

    private String base() {
        return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    }

    @Test
    void theProvinceCoordinatorCreatesAccountsAndLinksAMember() {
        Long commune = fixtures.commune("23638");
        Long member = fixtures.member(commune, "Nguyễn Văn Hùng");
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        String username = "tv.hung" + Fixtures.next();

        Account a = accounts.create(username, "Nguyễn Văn Hùng", "Cay-Ca-Phe-7", Role.MEMBER, commune, null, null);
        accounts.linkMember(a.getId(), member);

        assertEquals(Result.ACCEPTED, accounts.authenticate(username, "Cay-Ca-Phe-7", address("create")).result());
        var row = accounts.accounts().stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow();
        assertEquals("Nguyễn Văn Hùng", row.memberName());
        actAs(username);
        assertEquals(member, accounts.me().memberId());
    }

    @Test
    void aCommuneCoordinatorCannotCreateAccounts() {
        Long commune = fixtures.commune("23638");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertThrows(vn.cdtt.security.AccessDeniedException.class, () -> accounts.create("x.y" + Fixtures.next(),
                "X", "Cay-Ca-Phe-7", Role.PROVINCE_COORDINATOR, null, null, null));
    }

    private Long accountId(String username) {
        return accounts.accounts().stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow().id();
    }
}
