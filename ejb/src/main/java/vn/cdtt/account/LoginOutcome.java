package vn.cdtt.account;

import vn.cdtt.security.Role;
/** The answer to a login attempt. */
public record LoginOutcome(Result result, String username, Role role) {

    public enum Result { ACCEPTED, REJECTED, LOCKED }

    public static LoginOutcome rejected() {
        return new LoginOutcome(Result.REJECTED, null, null);
    }

    public static LoginOutcome locked() {
        return new LoginOutcome(Result.LOCKED, null, null);
    }

    public boolean accepted() {
        return result == Result.ACCEPTED;
    }
}
