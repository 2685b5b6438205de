package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.cdtt.account.Account;
import vn.cdtt.account.AccountService;
import vn.cdtt.account.LoginOutcome.Result;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.security.Role;

/** Logins: PBKDF2 passwords, lockout after repeated failures, password change, accounts by the province only. */
class LoginIT extends IntegrationTest {

    @Inject
    AccountService accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String user = fixtures.account(Role.MEMBER, fixtures.commune("23638"));
        assertEquals(Result.ACCEPTED, accounts.authenticate(user, Fixtures.PASSWORD).result());
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            assertEquals(Result.REJECTED, accounts.authenticate(user, "wrong" + i).result());
        }
        assertEquals(Result.LOCKED, accounts.authenticate(user, "wrong-last").result());

        assertEquals(Result.LOCKED, accounts.authenticate(user, Fixtures.PASSWORD).result());
        assertTrue(accounts.isLocked(user));
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

        assertEquals(Result.REJECTED, accounts.authenticate(user, Fixtures.PASSWORD).result());
        assertEquals(Result.ACCEPTED, accounts.authenticate(user, "NewPass2026").result());
    }

    @Test
    void theProvinceCoordinatorCreatesAccountsAndLinksAMember() {
        Long commune = fixtures.commune("23638");
        Long member = fixtures.member(commune, "Nguyễn Văn Hùng");
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        String username = "tv.hung" + Fixtures.next();

        Account a = accounts.create(username, "Nguyễn Văn Hùng", "Matkhau2026", Role.MEMBER, commune, null, null);
        accounts.linkMember(a.getId(), member);

        assertEquals(Result.ACCEPTED, accounts.authenticate(username, "Matkhau2026").result());
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
                "X", "Matkhau2026", Role.PROVINCE_COORDINATOR, null, null, null));
    }
}
