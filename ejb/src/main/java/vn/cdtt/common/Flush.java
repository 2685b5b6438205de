package vn.cdtt.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Flushes a change now, so that a lost race becomes a clear message instead of a failed commit: a stale version
 * → {@link ConcurrentChangeException}; a unique key taken in the meantime → the given message key.
 */
public final class Flush {

    private Flush() {
    }

    public static void now(EntityManager em, String duplicateKey, Object... arguments) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException e) {
            throw new InvalidInputException(duplicateKey, arguments);
        }
    }
}
