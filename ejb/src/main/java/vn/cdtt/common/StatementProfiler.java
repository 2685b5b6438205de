package vn.cdtt.common;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * EclipseLink session customizer (through {@link SessionSettings}): in benchmark mode, a profiler that tells
 * {@link StatementCounter} of every statement EclipseLink executes; otherwise nothing.
 */
public class StatementProfiler implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (StatementCounter.enabled()) {
            session.setProfiler(new Counting());
        }
    }

    /**
     * EclipseLink calls it around what it does; every statement is prepared once before it runs, while the
     * "statement execute" timer also wraps closing it (it would count each statement twice).
     */
    static final class Counting extends SessionProfilerAdapter {

        @Override
        public void startOperationProfile(String operation, DatabaseQuery query, int weight) {
            if (SessionProfiler.SqlPrepare.equals(operation)) {
                StatementCounter.executed();
            }
        }

        @Override
        public int getProfileWeight() {
            return SessionProfiler.ALL;
        }
    }
}
