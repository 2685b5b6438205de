package vn.cdtt.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers and the heap is not nearly exhausted (less than 2% free after the last
 * collections is a server to restart, not one to wait for). Not the database: a database outage is not cured by
 * restarting the application, which recovers by itself (README, "Security").
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long max = rt.maxMemory();
        boolean room = max <= 0 || used < max * 0.98;
        return HealthCheckResponse.named("application").status(room).withData("heapUsedMb", used / (1024 * 1024))
                .withData("heapMaxMb", max / (1024 * 1024)).build();
    }
}
