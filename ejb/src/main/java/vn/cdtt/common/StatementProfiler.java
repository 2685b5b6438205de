package vn.cdtt.common;

import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * EclipseLink session customizer (through {@link SessionSettings}): when statements are counted
 * ({@link StatementCounter#counting()}), a profiler that tells
 * {@link StatementCounter} of every statement EclipseLink executes; otherwise nothing. With {@code cdtt.benchmark.sql}
 * (env CDTT_BENCHMARK_SQL=true) it also logs each statement's SQL with the thread, to find where a page's statements
 * come from.
 */
public class StatementProfiler implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (StatementCounter.counting()) {
            session.setProfiler(new Counting(ConfigProvider.getConfig()
                    .getOptionalValue("cdtt.benchmark.sql", Boolean.class).orElse(false)));
        }
    }

    /**
     * EclipseLink calls it around what it does; every statement is prepared once before it runs, while the
     * "statement execute" timer also wraps closing it (it would count each statement twice).
     */
    static final class Counting extends SessionProfilerAdapter {

        private static final Logger LOG = Logger.getLogger(StatementProfiler.class.getName());

        private final boolean logSql;

        Counting(boolean logSql) {
            this.logSql = logSql;
        }

        @Override
        public void startOperationProfile(String operation, DatabaseQuery query, int weight) {
            if (SessionProfiler.SqlPrepare.equals(operation)) {
                StatementCounter.executed();
                if (logSql) {
                    LOG.info(() -> "SQL " + StatementCounter.count() + " [" + Thread.currentThread().getName() + "] "
                            + (query == null ? "?" : query.getSQLString()));
                }
            }
        }

        @Override
        public int getProfileWeight() {
            return SessionProfiler.ALL;
        }
    }
}
