package vn.cdtt.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The figures operations watch (issue 14 §5), counted in MicroProfile Metrics' application registry (Payara 6 ships
 * MicroProfile Metrics 5.1): runs of the timers and failed logins. The API's requests are timed by the web module and
 * the outbox backlog is a gauge over the database; {@code /cdtt/api/v1/ops/metrics} shows them all (README, "API").
 * Without a metrics registry (a unit test, a server without MicroProfile Metrics) nothing is counted.
 */
@ApplicationScoped
public class Operations {

    public static final String TIMER_RUNS = "cdtt_timer_runs";
    public static final String LOGIN_FAILURES = "cdtt_login_failures";

    @Inject
    Instance<MetricRegistry> registry;

    /** A run of a scheduled job, by its name (mail_sender, shift_reminders, request_timer). */
    public void timerRan(String timer) {
        if (registry.isResolvable()) {
            registry.get().counter(Metadata.builder().withName(TIMER_RUNS)
                    .withDescription("Runs of the scheduled jobs").build(), new Tag("timer", timer)).inc();
        }
    }

    /** A refused login (wrong password, unknown name, disabled account, or throttled). */
    public void loginFailed(boolean throttled) {
        if (registry.isResolvable()) {
            registry.get().counter(Metadata.builder().withName(LOGIN_FAILURES)
                    .withDescription("Refused logins").build(), new Tag("throttled", String.valueOf(throttled))).inc();
        }
    }
}
