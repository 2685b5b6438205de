package vn.cdtt.it.bench;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cdtt.it.support.Deployments;
import vn.cdtt.it.support.ImportFiles;

/**
 * The member import at scale (part of mvn verify -Pbenchmark): one .xlsx of 10,000 members (-Dbenchmark.importRows)
 * previewed and imported all-or-nothing by the province coordinator, timed on the server. Prints the figures and
 * writes them to target/benchmark-import.txt. It measures; it asserts only that every row was stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisabledIfSystemProperty(named = "benchmark.national", matches = ".+", disabledReason = "NationalBenchmark runs")
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.importRows", 10_000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servletEar(ImportBenchmarkServlet.class, ImportFiles.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void tenThousandMembersPreviewedAndImported() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // a first, small import warms the server up (class loading, JIT), as the first clerk of the day would
        get(client, 100);
        Map<String, String> r = get(client, ROWS);
        if (Integer.parseInt(r.get("stored")) != ROWS) {
            throw new AssertionError("stored " + r.get("stored") + " of " + ROWS);
        }
        String report = String.format("%n=== CDTT import benchmark (%s) ===%n"
                        + "%,d members in one .xlsx (%,d KB): preview %,d ms, import %,d ms, total %,d ms%n",
                System.getProperty("cdtt.db", "H2"), ROWS, Long.parseLong(r.get("bytes")) / 1024,
                Long.parseLong(r.get("previewMs")), Long.parseLong(r.get("commitMs")),
                Long.parseLong(r.get("previewMs")) + Long.parseLong(r.get("commitMs")));
        System.out.println(report);
        Path out = Path.of(System.getProperty("benchmark.report", "target/benchmark.txt")).resolveSibling(
                "benchmark-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private Map<String, String> get(HttpClient client, int rows) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base
                        + "test-fixtures/import-benchmark?rows=" + rows)).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("import benchmark failed (" + r.statusCode() + "); see server.log");
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : r.body().split(";")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }
}
