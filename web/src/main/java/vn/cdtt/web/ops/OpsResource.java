package vn.cdtt.web.ops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cdtt.account.AccountService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * The OpenAPI document (relayed from Payara's endpoint on this machine's ops listener) and the operations figures of
 * the application in the Prometheus text format: API requests (count, total and longest
 * time by operation and status class), the outbox backlog, timer runs and failed logins. For the province coordinator
 * (a bearer token) or a client on this machine (a local scraper, no token). A request that came through a proxy
 * (Forwarded, X-Forwarded-For, X-Real-IP) is never taken as local: behind a proxy on the same machine every request
 * comes from 127.0.0.1.
 */
@Path("/ops")
@RequestScoped
@Tag(name = "operations", description = "Operations figures: the province coordinator or this machine")
public class OpsResource {

    @Inject
    Instance<MetricRegistry> registry;

    @EJB
    AccountService accounts;

    @Context
    HttpServletRequest request;

    /**
     * Where Payara serves /openapi and /metrics: a listener on this machine only (README, "API"); unset, the HTTP
     * port + 10 on 127.0.0.1 (8090 beside 8080, 18090 beside the tests' 18080).
     */
    @Inject
    @ConfigProperty(name = "cdtt.ops.url")
    Optional<String> opsUrl;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @GET
    @Path("openapi")
    @Produces({MediaType.APPLICATION_JSON, "application/yaml"})
    @Operation(operationId = "openApiDocument", summary = "The OpenAPI document of this API",
            description = "JSON or YAML (Accept). The province coordinator, or a client on the server itself.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "403", description = "Neither the province coordinator nor this machine")
    public Response openapi(@HeaderParam("Accept") String accept) throws IOException, InterruptedException {
        requireProvinceOrLocal(request, accounts);
        boolean json = accept != null && accept.contains("json");
        String base = opsUrl.filter(u -> !u.isBlank()).orElse("http://127.0.0.1:" + (request.getLocalPort() + 10));
        HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi"))
                        .header("Accept", MediaType.APPLICATION_JSON).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (doc.statusCode() != 200) {
            throw new IllegalStateException("The OpenAPI document answered " + doc.statusCode() + " at " + base);
        }
        // Payara adds "endpoints" (its own list of the application's URLs), which the specification does not allow at
        // the top level: a client generator that validates the document would refuse it. YAML 1.2 reads JSON as it
        // is, so the YAML answer is the same text.
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(doc.body()))) {
            document = reader.readObject();
        }
        String body = Json.createObjectBuilder(document).remove("endpoints").build().toString();
        return Response.ok(body, json ? MediaType.APPLICATION_JSON + ";charset=utf-8" : "application/yaml;charset=utf-8")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("metrics")
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @Operation(operationId = "operationsMetrics", summary = "Operations metrics (Prometheus text format)",
            description = "The province coordinator, or a client on the server itself without a token.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "403", description = "Neither the province coordinator nor this machine")
    public Response metrics() {
        requireProvinceOrLocal(request, accounts);
        StringBuilder out = new StringBuilder();
        if (registry.isResolvable()) {
            Map<MetricID, Metric> metrics = new TreeMap<>(registry.get().getMetrics());
            String last = null;
            for (Map.Entry<MetricID, Metric> e : metrics.entrySet()) {
                MetricID id = e.getKey();
                String name = id.getName();
                String labels = labels(id);
                if (e.getValue() instanceof Counter c) {
                    last = header(out, name, "counter", last);
                    out.append(name).append("_total").append(labels).append(' ').append(c.getCount()).append('\n');
                } else if (e.getValue() instanceof Timer t) {
                    last = header(out, name + "_seconds", "summary", last);
                    out.append(name).append("_seconds_count").append(labels).append(' ').append(t.getCount()).append('\n');
                    out.append(name).append("_seconds_sum").append(labels).append(' ')
                            .append(seconds(t.getElapsedTime().toNanos())).append('\n');
                    out.append(name).append("_seconds_max").append(labels).append(' ')
                            .append(seconds(t.getSnapshot().getMax())).append('\n');
                } else if (e.getValue() instanceof Gauge<?> g) {
                    Number value;
                    try {
                        value = g.getValue();
                    } catch (RuntimeException failure) {
                        continue; // the database is down: the gauge is left out, the rest still shown
                    }
                    last = header(out, name, "gauge", last);
                    out.append(name).append(labels).append(' ').append(value).append('\n');
                }
            }
        }
        return Response.ok(out.toString()).header("Cache-Control", "no-store").build();
    }

    /** Refuses unless the caller is the province coordinator or a client on this machine not behind a proxy. */
    static void requireProvinceOrLocal(HttpServletRequest request, AccountService accounts) {
        if (isLocal(request)) {
            return;
        }
        if (request.getUserPrincipal() == null) {
            throw new AccessDeniedException();
        }
        accounts.me().require(Role.PROVINCE_COORDINATOR);
    }

    static boolean isLocal(HttpServletRequest request) {
        if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null
                || request.getHeader("X-Real-IP") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The TYPE line of a family of series, once (series of one name come one after the other); the family. */
    private static String header(StringBuilder out, String family, String type, String last) {
        if (!family.equals(last)) {
            out.append("# TYPE ").append(family).append(' ').append(type).append('\n');
        }
        return family;
    }

    private static String labels(MetricID id) {
        if (id.getTags().isEmpty()) {
            return "";
        }
        return id.getTags().entrySet().stream()
                .map(t -> t.getKey() + "=\"" + t.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String seconds(double nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
