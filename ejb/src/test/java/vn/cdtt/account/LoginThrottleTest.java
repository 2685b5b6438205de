package vn.cdtt.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;

class LoginThrottleTest {

    private static final Instant T = Instant.parse("2030-03-04T02:00:00Z");

    @Test
    void afterFiveFailuresEachAttemptWaitsTwiceAsLongUpToAMinute() {
        LoginThrottle throttle = new LoginThrottle();
        Instant now = T;
        for (int i = 1; i < LoginThrottle.FREE_NAME_FAILURES; i++) {
            assertFalse(throttle.failed("an", "10.0.0." + i, now));
            assertEquals(Duration.ZERO, throttle.waitFor("an", "10.0.0.99", now));
        }
        assertTrue(throttle.failed("an", "10.0.0.5", now), "the fifth failure starts the waiting");
        long[] expected = {2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            assertEquals(Duration.ofSeconds(seconds), throttle.waitFor("an", "10.0.0.99", now));
            now = now.plusSeconds(seconds);
            assertEquals(Duration.ZERO, throttle.waitFor("an", "10.0.0.99", now));
            throttle.failed("an", "10.0.0." + seconds, now);
        }
    }

    @Test
    void oneAddressWaitsAfterTwentyFailuresWhateverTheNames() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 1; i <= LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("name" + i, "10.0.0.1", T);
        }
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("someone-else", "10.0.0.1", T));
        assertEquals(Duration.ZERO, throttle.waitFor("someone-else", "10.0.0.2", T));
    }

    @Test
    void aSuccessResetsTheNameButNotTheAddress() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 1; i <= LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("an", "10.0.0.1", T);
        }
        throttle.succeeded("an");
        assertEquals(Duration.ZERO, throttle.waitFor("an", "10.0.0.2", T));
        assertTrue(throttle.waitFor("an", "10.0.0.1", T).toSeconds() > 0);
    }

    @Test
    void anHourWithoutFailuresStartsAgainFromZero() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 1; i <= LoginThrottle.FREE_NAME_FAILURES; i++) {
            throttle.failed("an", null, T);
        }
        Instant later = T.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        assertFalse(throttle.failed("an", null, later));
        assertEquals(Duration.ZERO, throttle.waitFor("an", null, later));
    }

    @Test
    void passwordsRefuseTheUserNameInAnyCaseAndCommonOnes() {
        assertEquals("password.containsUsername", assertThrows(InvalidInputException.class,
                () -> AccountService.checkStrength("2026TV.An!", "tv.an")).getMessageKey());
        assertEquals("password.common", assertThrows(InvalidInputException.class,
                () -> AccountService.checkStrength("MATKHAU@123", "tv.an")).getMessageKey());
        assertEquals("password.weak", assertThrows(InvalidInputException.class,
                () -> AccountService.checkStrength("matkhau", "tv.an")).getMessageKey());
        AccountService.checkStrength("Cay-Ca-Phe-7", "tv.an");
    }

    @Test
    void hashesWithFewerIterationsOrAnotherAlgorithmAreRehashed() {
        assertTrue(AccountService.hashedWithOlderParameters("PBKDF2WithHmacSHA256:60000:c2FsdA==:aGFzaA=="));
        assertTrue(AccountService.hashedWithOlderParameters("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="));
        assertFalse(AccountService.hashedWithOlderParameters("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
    }
}
