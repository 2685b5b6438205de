package vn.cdtt.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A token is valid through its last day until revoked, and only its hash is kept. */
class AccessTokenTest {

    private static final LocalDateTime MADE = LocalDateTime.of(2030, 1, 7, 8, 0);

    @Test
    void aTokenIsValidThroughItsLastDayAndNotAfter() {
        AccessToken t = new AccessToken(1L, "Điện thoại", AccessTokens.hash("cdtt_x"), "cdtt_x", MADE,
                LocalDate.of(2030, 4, 7));
        assertTrue(t.validOn(LocalDate.of(2030, 1, 7)));
        assertTrue(t.validOn(LocalDate.of(2030, 4, 7)), "its last day");
        assertFalse(t.validOn(LocalDate.of(2030, 4, 8)));
    }

    @Test
    void aRevokedTokenStaysRevoked() {
        AccessToken t = new AccessToken(1L, "Máy chủ báo cáo", AccessTokens.hash("cdtt_y"), "cdtt_y", MADE,
                LocalDate.of(2030, 4, 7));
        t.revoke(MADE.plusHours(1));
        t.revoke(MADE.plusHours(2));
        assertEquals(MADE.plusHours(1), t.getRevokedAt(), "the first revocation counts");
        assertFalse(t.validOn(LocalDate.of(2030, 1, 7)));
    }

    @Test
    void aTokenCannotExpireBeforeItWasMade() {
        assertThrows(IllegalArgumentException.class, () -> new AccessToken(1L, "x", AccessTokens.hash("cdtt_z"),
                "cdtt_z", MADE, LocalDate.of(2030, 1, 6)));
    }

    @Test
    void theHashIsSha256HexAndDiffersForEveryToken() {
        String h = AccessTokens.hash("cdtt_abc");
        assertEquals(64, h.length());
        assertTrue(h.matches("[0-9a-f]{64}"));
        assertEquals(h, AccessTokens.hash("cdtt_abc"));
        assertNotEquals(h, AccessTokens.hash("cdtt_abd"));
    }
}
