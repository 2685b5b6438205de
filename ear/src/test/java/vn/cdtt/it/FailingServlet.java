package vn.cdtt.it;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test only: fails the way the database failed during an outage, with SQL and column names in the message. */
@WebServlet("/it/fail")
public class FailingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SQL_TEXT = "Communications link failure. Query: SELECT id, username, password_hash FROM account";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new PersistenceException(SQL_TEXT);
    }
}
