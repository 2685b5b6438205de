package vn.cdtt.common;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink session customizer (persistence.xml). A query that meets a broken connection fails at once instead of
 * being retried: EclipseLink's default (retry three times, five seconds apart) held each request 10–20 s while the
 * database was down. The pool (DatabaseMigration's data source) validates connections and replaces a broken pool,
 * so the next request gets a good connection. Then the benchmark-mode statement counter ({@link StatementProfiler}).
 */
public class SessionSettings implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
        new StatementProfiler().customize(session);
    }
}
