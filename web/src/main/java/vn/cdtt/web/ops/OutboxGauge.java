package vn.cdtt.web.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import vn.cdtt.notification.OutboxBacklog;

/** Registers the gauge of e-mails waiting in the outbox ({@code cdtt_outbox_backlog}) when the application starts. */
@ApplicationScoped
public class OutboxGauge {

    public static final String BACKLOG = "cdtt_outbox_backlog";

    @EJB
    OutboxBacklog outbox;

    @Inject
    Instance<MetricRegistry> registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (registry.isResolvable()) {
            registry.get().gauge(Metadata.builder().withName(BACKLOG)
                    .withDescription("E-mails waiting in the outbox").build(), outbox, OutboxBacklog::pending);
        }
    }
}
