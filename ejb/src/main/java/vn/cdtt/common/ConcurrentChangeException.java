package vn.cdtt.common;

/** Somebody else changed the same record first (optimistic lock); the user reloads and tries again. */
public class ConcurrentChangeException extends BusinessException {
    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
