package vn.cdtt.security;

import vn.cdtt.common.BusinessException;

/** The caller's role or commune does not allow this. */
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
