package vn.cdtt.web.common;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (logged in one line, not with the stack). */
class FailuresTest {

    @Test
    void aPoolThatCannotConnectIsTheDatabaseUnreachableWithItsInnermostCause() {
        ConnectException refused = new ConnectException("Connection refused");
        SQLException link = new SQLException("Communications link failure", "08S01", refused);
        ResourceAllocationException pool = new ResourceAllocationException("Connection could not be allocated");
        pool.initCause(link);
        Throwable failure = new ServletException(new EJBException(new SQLException("Error in allocating a connection",
                pool)));

        assertSame(refused, Failures.databaseUnreachable(failure));
    }

    @Test
    void aBrokenConnectionIsTheDatabaseUnreachable() {
        SQLException broken = new SQLException("Communications link failure", "08S01");

        assertSame(broken, Failures.databaseUnreachable(new RuntimeException(broken)));
    }

    @Test
    void otherFailuresKeepTheirStack() {
        assertNull(Failures.databaseUnreachable(new RuntimeException(new SQLException("syntax", "42000"))));
        assertNull(Failures.databaseUnreachable(new IllegalStateException("a bug")));
    }
}
