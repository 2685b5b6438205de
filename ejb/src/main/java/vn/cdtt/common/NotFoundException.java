package vn.cdtt.common;

/** The record asked for does not exist (or is not visible to the caller, who must not learn which). */
public class NotFoundException extends BusinessException {
    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
