package vn.cdtt.account;

import vn.cdtt.security.Role;

/**
 * The answer to a login attempt. A wrong password, an unknown name and a disabled account are the same REJECTED;
 * THROTTLED says only how long to wait, and comes the same way for names that exist and names that do not.
 */
public record LoginOutcome(Result result, String username, Role role, long retryAfterSeconds) {

    public enum Result { ACCEPTED, REJECTED, THROTTLED }

    public static LoginOutcome accepted(String username, Role role) {
        return new LoginOutcome(Result.ACCEPTED, username, role, 0);
    }

    public static LoginOutcome rejected() {
        return new LoginOutcome(Result.REJECTED, null, null, 0);
    }

    public static LoginOutcome throttled(long seconds) {
        return new LoginOutcome(Result.THROTTLED, null, null, seconds);
    }

    public boolean accepted() {
        return result == Result.ACCEPTED;
    }
}
