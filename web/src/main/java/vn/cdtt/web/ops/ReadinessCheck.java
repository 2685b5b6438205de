package vn.cdtt.web.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.cdtt.common.DatabaseMigration;

/**
 * Ready for requests when the database answers and the schema is at this build's version (no migration pending):
 * a load balancer sends no traffic to a server whose database is down or whose migration failed. Public
 * ({@code /health/ready}); it tells nothing but up or down, the schema version and the pending count.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @EJB
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        try {
            DatabaseMigration.State state = migration.state();
            return HealthCheckResponse.named("database").status(state.pending() == 0)
                    .withData("schemaVersion", String.valueOf(state.version()))
                    .withData("pendingMigrations", state.pending()).build();
        } catch (RuntimeException e) {
            // the database cannot be reached (or the history read): not ready; no exception text (it names hosts)
            return HealthCheckResponse.named("database").down().withData("reachable", false).build();
        }
    }
}
