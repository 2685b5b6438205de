package vn.cdtt.common;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Counts the SQL statements this thread sends to the database, for the benchmark and the tests' statement budgets
 * (README): a page that issues more statements as it shows more rows has an N+1 problem. Fed by
 * {@link StatementProfiler}, which is installed only in benchmark mode (config {@code cdtt.benchmark}, env
 * CDTT_BENCHMARK) or when the integration tests ask for counting alone ({@code cdtt.count.statements}, env
 * CDTT_COUNT_STATEMENTS), so production pays nothing for it.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private StatementCounter() {
    }

    /** Benchmark mode: statements counted, and every page tells its count ({@code X-SQL-Statements}). */
    public static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue("cdtt.benchmark", Boolean.class).orElse(false);
    }

    /** Whether statements are counted at all: in benchmark mode, or for the integration tests' budgets. */
    public static boolean counting() {
        return enabled()
                || ConfigProvider.getConfig().getOptionalValue("cdtt.count.statements", Boolean.class).orElse(false);
    }

    /** Starts counting for this thread (a request). */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements executed by this thread since {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    static void executed() {
        COUNT.get()[0]++;
    }
}
