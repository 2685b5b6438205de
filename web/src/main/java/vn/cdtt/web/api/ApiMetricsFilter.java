package vn.cdtt.web.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every API request in MicroProfile Metrics ({@code cdtt_api_requests}), by operation (resource class
 * and method, never the raw path: ids would make a series per commune) and status class (2xx, 3xx, 4xx, 5xx).
 * Requests refused before Jakarta REST (401 without a valid token) are not in it.
 */
@Provider
public class ApiMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String REQUESTS = "cdtt_api_requests";
    private static final String STARTED = ApiMetricsFilter.class.getName() + ".started";

    @Inject
    Instance<MetricRegistry> registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long t0) || !registry.isResolvable()) {
            return;
        }
        String operation = resource == null || resource.getResourceMethod() == null ? "unmatched"
                : resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        registry.get().timer(Metadata.builder().withName(REQUESTS).withDescription("API requests and their duration")
                        .withUnit(MetricUnits.NANOSECONDS).build(),
                new Tag("operation", operation), new Tag("method", request.getMethod()),
                new Tag("status", response.getStatus() / 100 + "xx"))
                .update(Duration.ofNanos(System.nanoTime() - t0));
    }
}
