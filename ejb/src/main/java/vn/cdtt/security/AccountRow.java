package vn.cdtt.security;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An account in the account list (never the hash). */
public record AccountRow(Long id, String username, String displayName, Role role, Long communeId, String communeName,
                         Long memberId, String memberName, Long siteId, boolean enabled, LocalDateTime lockedUntil) implements Serializable {
}
