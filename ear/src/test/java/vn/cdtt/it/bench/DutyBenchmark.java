package vn.cdtt.it.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cdtt.it.support.Deployments;
import vn.cdtt.it.support.Fixtures;

/**
 * The benchmark (mvn verify -Pbenchmark, README): province-scale data – 135 communes, 137 sites, 3,000 members,
 * three months of shifts with two members each – then the week board and "my shifts" requested over HTTP as real
 * users. Prints, per page, the SQL statements each request issued (from the server's statement counter; the
 * figure must not grow with the rows shown) and the p50/p95 latency. It measures; it asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutyBenchmark {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 3000);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 200);
    private static final int WARM_UP = 30;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.browserEar(BenchmarkServlet.class);
        ear.getAsType(JavaArchive.class, "cdtt-ejb.jar").addClass(BenchmarkData.class);
        return ear;
    }

    @ArquillianResource
    URL base;

    /** One measured request: how long it took, how many statements the server counted, how many rows it showed. */
    record Sample(long micros, int statements, int rows) {
    }

    @Test
    void weekBoardAndMyShiftsAtProvinceScale() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> generatedData = get(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                base + "test-fixtures/benchmark?members=" + MEMBERS + "&accounts=20", Duration.ofMinutes(20));
        if (generatedData.statusCode() != 200) {
            throw new IllegalStateException("data generation failed (" + generatedData.statusCode() + "); see server.log");
        }
        Map<String, String> data = parse(generatedData.body());
        long generated = (System.nanoTime() - started) / 1_000_000_000L;

        HttpClient province = login(data.get("province"));
        List<HttpClient> members = new ArrayList<>();
        for (String m : data.get("members").split(",")) {
            members.add(login(m));
        }
        List<String> communes = Arrays.asList(data.get("communes").split(","));
        LocalDate from = LocalDate.parse(data.get("from"));
        Random random = new Random(42);

        List<Sample> board = new ArrayList<>();
        List<Sample> mine = new ArrayList<>();
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            String commune = communes.get(random.nextInt(communes.size()));
            LocalDate week = from.plusWeeks(random.nextInt(13));
            Sample b = measure(province, base + "duty/board.xhtml?commune=" + commune + "&week=" + week, "class=\"on-duty\"");
            Sample m = measure(members.get(i % members.size()), base + "me/shifts.xhtml", "class=\"card shift-card");
            if (i >= WARM_UP) {
                board.add(b);
                mine.add(m);
            }
        }

        String report = String.format("%n=== CDTT benchmark (%s) ===%n"
                        + "data: %s communes, %s sites, %s members, %s shifts, %s assignments, %s to %s (generated in %d s)%n"
                        + "%-12s %6s %9s %9s %16s %16s%n%s%n%s%n",
                System.getProperty("cdtt.db", "H2"), communes.size(), data.get("sites"), data.get("memberCount"),
                data.get("shifts"), data.get("assignments"), data.get("from"), data.get("to"), generated,
                "page", "n", "p50 ms", "p95 ms", "SQL/request", "rows shown",
                line("week board", board), line("my shifts", mine));
        System.out.println(report);
        Path out = Path.of(System.getProperty("benchmark.report", "target/benchmark.txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String line(String name, List<Sample> samples) {
        long[] micros = samples.stream().mapToLong(Sample::micros).sorted().toArray();
        int[] statements = samples.stream().mapToInt(Sample::statements).sorted().toArray();
        int[] rows = samples.stream().mapToInt(Sample::rows).sorted().toArray();
        return String.format("%-12s %6d %9.1f %9.1f %16s %16s", name, samples.size(), percentile(micros, 50) / 1000.0,
                percentile(micros, 95) / 1000.0, range(statements), range(rows));
    }

    private static String range(int[] sorted) {
        return sorted[0] == sorted[sorted.length - 1] ? String.valueOf(sorted[0])
                : sorted[0] + "–" + sorted[sorted.length - 1];
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private Sample measure(HttpClient client, String url, String rowMarker) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = get(client, url, Duration.ofSeconds(60));
        long micros = (System.nanoTime() - t) / 1000;
        if (r.statusCode() != 200 || r.body().contains("login:password")) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        int statements = Integer.parseInt(r.headers().firstValue("X-SQL-Statements")
                .orElseThrow(() -> new IllegalStateException("no statement count: is CDTT_BENCHMARK set?")));
        int rows = r.body().split(Pattern.quote(rowMarker), -1).length - 1;
        return new Sample(micros, statements, rows);
    }

    /** Logs in through the real login page (a Faces form) and keeps the session cookie. */
    private HttpClient login(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String page = get(client, base + "login.xhtml", Duration.ofSeconds(30)).body();
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(Fixtures.PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.body().contains("login:password")) {
            throw new IllegalStateException("login failed for " + username);
        }
        return client;
    }

    private static HttpResponse<String> get(HttpClient client, String url, Duration timeout) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> parse(String answer) {
        Map<String, String> values = new HashMap<>();
        for (String pair : answer.split(";")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }
}
