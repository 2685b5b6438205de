package vn.cdtt.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Flushes a change now, so that a lost race becomes a clear message instead of a failed commit: a stale version
 * → {@link ConcurrentChangeException}; a unique key taken in the meantime → the given message key. Only that: a
 * value too long for its column gets its own message, and any other database error stays the error it is (the
 * error page, and the server log), never reported as something it is not.
 */
public final class Flush {

    /** What a database refused, as far as the message to the user is concerned. */
    enum Refusal {
        UNIQUE_KEY, TOO_LONG, OTHER
    }

    private Flush() {
    }

    public static void now(EntityManager em, String duplicateKey, Object... arguments) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException e) {
            switch (refusal(e)) {
                case UNIQUE_KEY -> throw new InvalidInputException(duplicateKey, arguments);
                case TOO_LONG -> throw new InvalidInputException("input.db.tooLong");
                default -> throw e;
            }
        }
    }

    /**
     * Reads the SQL state of the first {@link SQLException} in the chain: 23505 (H2, standard) or 23000 with
     * MySQL/MariaDB error 1062 is a unique key; 22001 (standard; MySQL error 1406) a value too long.
     */
    static Refusal refusal(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = next(t), depth++) {
            if (t instanceof SQLException sql) {
                SQLException first = sql.getSQLState() == null && sql.getNextException() != null
                        ? sql.getNextException() : sql;
                String state = first.getSQLState() == null ? "" : first.getSQLState();
                if (state.equals("23505") || (state.equals("23000") && first.getErrorCode() == 1062)) {
                    return Refusal.UNIQUE_KEY;
                }
                if (state.equals("22001") || first.getErrorCode() == 1406) {
                    return Refusal.TOO_LONG;
                }
                return Refusal.OTHER;
            }
        }
        return Refusal.OTHER;
    }

    /** The cause, or what EclipseLink keeps as its "internal exception" when it sets no cause. */
    private static Throwable next(Throwable t) {
        if (t.getCause() != null && t.getCause() != t) {
            return t.getCause();
        }
        return t instanceof EclipseLinkException el ? el.getInternalException() : null;
    }
}
