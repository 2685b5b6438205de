package vn.cdtt.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database refusal is reported as what it is: only a unique key is "already taken". */
class FlushTest {

    private static PersistenceException wrapped(SQLException e) {
        return new PersistenceException("flush failed", new RuntimeException("driver", e));
    }

    @Test
    void aUniqueKeyOnH2OrMariaDbIsADuplicate() {
        assertEquals(Flush.Refusal.UNIQUE_KEY, Flush.refusal(wrapped(new SQLException("dup", "23505", 23505))));
        assertEquals(Flush.Refusal.UNIQUE_KEY, Flush.refusal(wrapped(new SQLException("dup", "23000", 1062))));
    }

    @Test
    void aValueTooLongIsNotADuplicate() {
        assertEquals(Flush.Refusal.TOO_LONG, Flush.refusal(wrapped(new SQLException("long", "22001", 22001))));
        assertEquals(Flush.Refusal.TOO_LONG, Flush.refusal(wrapped(new SQLException("long", "22001", 1406))));
    }

    @Test
    void aForeignKeyOrCheckConstraintIsNeitherDuplicateNorTooLong() {
        assertEquals(Flush.Refusal.OTHER, Flush.refusal(wrapped(new SQLException("fk", "23506", 23506))));
        assertEquals(Flush.Refusal.OTHER, Flush.refusal(wrapped(new SQLException("fk", "23000", 1452))));
        assertEquals(Flush.Refusal.OTHER, Flush.refusal(wrapped(new SQLException("check", "23513", 23513))));
        assertEquals(Flush.Refusal.OTHER, Flush.refusal(new PersistenceException("no SQL cause")));
    }
}
