package vn.cdtt.account;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.cdtt.security.Role;

/** An account in the account list (never the hash). */
public record AccountRow(Long id, String username, String displayName, Role role, Long communeId, String communeName,
                         Long memberId, String memberName, Long siteId, boolean enabled, LocalDateTime lockedUntil,
                         String phone) implements Serializable {
}
