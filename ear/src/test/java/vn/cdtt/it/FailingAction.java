package vn.cdtt.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

/** Test only: the action of it/fail.xhtml fails the way the database failed during an outage. */
@Named
@RequestScoped
public class FailingAction {

    public void fail() {
        throw new PersistenceException(FailingServlet.SQL_TEXT);
    }
}
