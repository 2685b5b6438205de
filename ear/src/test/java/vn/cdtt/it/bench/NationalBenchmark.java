package vn.cdtt.it.bench;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cdtt.it.support.Deployments;
import vn.cdtt.it.support.WebSession;

/**
 * The benchmark at national size (README, "Benchmark at national size"): the test server runs on the database the
 * national data generator filled ({@code -Dbenchmark.national=<JDBC URL>}, {@link NationalData}), generates
 * nothing, signs in as that database's users through the login page and times, at one client and at 20 parallel
 * sessions, the pages the issue set goals for: "Ca trực của tôi" (20 members), the week board (20 commune
 * coordinators, random weeks of the year), the coverage page (province coordinators) and the member list (province
 * coordinators: the first page, and page 100 through the table's Ajax paging). Prints p50/p95 next to the goals,
 * the SQL statements per request (constant, or a query runs per row) and the HTML size; writes it to
 * {@code target/benchmark-national.txt}. It measures; it asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "benchmark.national", matches = ".+")
class NationalBenchmark {

    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 100);
    private static final int SESSIONS = 20;
    private static final int PER_SESSION = Integer.getInteger("benchmark.sessionRequests", 15);
    private static final int WARM_UP = 20;
    /** The status noted for an answer without a statement count: the application's "system busy" page. */
    private static final int BUSY = 0;
    private static final Path PAGES = Path.of(System.getProperty("benchmark.report", "target/benchmark.txt"))
            .resolveSibling("national-pages");
    private static final String PASSWORD = NationalData.PASSWORD;
    private static final String LATER_PAGE = "members=members&jakarta.faces.partial.ajax=true"
            + "&jakarta.faces.source=members%3Atable&jakarta.faces.partial.execute=members%3Atable"
            + "&jakarta.faces.partial.render=members%3Atable&members%3Atable=members%3Atable"
            + "&members%3Atable_pagination=true&members%3Atable_first=1980&members%3Atable_rows=20"
            + "&members%3Atable_skipChildren=true&members%3Atable_encodeFeature=true";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.browserEar();
    }

    @ArquillianResource
    URL base;

    /**
     * One measured request: how long it took, the statements the server counted and the size of the answer, or the
     * status of a refused one (0 statements and bytes).
     */
    record Sample(long micros, int statements, int bytes, int status) {
        boolean ok() {
            return status == 200;
        }
    }

    /** What a page request needs: a signed-in session, and the request itself. */
    interface Request {
        HttpResponse<String> send(WebSession session, Random random) throws Exception;
    }

    private final List<String> lines = new ArrayList<>();

    @Test
    void pagesAtNationalSize() throws Exception {
        String url = System.getProperty("benchmark.national");
        List<String> members;
        List<Long> communes;
        List<String> provinces;
        LocalDate firstWeek;
        int weeks;
        String size;
        try (Connection c = DriverManager.getConnection(url, System.getProperty("benchmark.user", "cdtt"),
                System.getProperty("benchmark.password", "cdtt"))) {
            // 20 members and 20 commune coordinators of Gia Lai spread over its communes, 20 province coordinators
            members = strings(c, "SELECT username FROM account WHERE role = 'MEMBER' AND province_id = 1 "
                    + "AND member_id % 701 = 0 ORDER BY member_id LIMIT " + SESSIONS);
            communes = longs(c, "SELECT commune_id FROM account WHERE role = 'COMMUNE_COORDINATOR' AND province_id = 1 "
                    + "AND username LIKE 'xa.%' AND username <> 'xa.demo' AND commune_id % 6 = 0 ORDER BY commune_id LIMIT "
                    + SESSIONS);
            provinces = strings(c, "SELECT username FROM account WHERE role = 'PROVINCE_COORDINATOR' "
                    + "AND username <> 'tinh.demo' ORDER BY province_id LIMIT " + SESSIONS);
            firstWeek = strings(c, "SELECT MIN(shift_date) FROM shift").stream().map(LocalDate::parse).findFirst()
                    .orElseThrow().with(DayOfWeek.MONDAY);
            weeks = (int) ChronoUnit.WEEKS.between(firstWeek,
                    LocalDate.parse(strings(c, "SELECT MAX(shift_date) FROM shift").get(0)));
            size = String.format("%s provinces, %s communes, %s sites, %s members, %s accounts, %s shifts, %s assignments",
                    count(c, "province"), count(c, "commune"), count(c, "service_site"), count(c, "member"),
                    count(c, "account"), count(c, "shift"), count(c, "assignment"));
        }
        List<WebSession> memberSessions = signIn(members);
        List<WebSession> coordinatorSessions = signIn(communes.stream().map(id -> "xa." + id).toList());
        List<WebSession> provinceSessions = signIn(provinces);

        Request myShifts = (s, r) -> s.get("me/shifts.xhtml", Duration.ofSeconds(60));
        Request board = (s, r) -> s.get("duty/board.xhtml?commune=" + communes.get(coordinatorSessions.indexOf(s))
                + "&week=" + firstWeek.plusWeeks(r.nextInt(weeks)), Duration.ofSeconds(60));
        Request coverage = (s, r) -> s.get("duty/coverage.xhtml", Duration.ofSeconds(60));
        Request membersFirst = (s, r) -> s.get("roster/members.xhtml", Duration.ofSeconds(60));
        Request membersLater = new Request() {
            private final Map<WebSession, HttpResponse<String>> pages = new ConcurrentHashMap<>();

            @Override
            public HttpResponse<String> send(WebSession s, Random r) throws Exception {
                HttpResponse<String> page = pages.get(s);
                if (page == null) {
                    page = s.get("roster/members.xhtml", Duration.ofSeconds(60));
                    pages.put(s, page);
                }
                return s.ajax("roster/members.xhtml", page, LATER_PAGE, Duration.ofSeconds(60));
            }
        };

        lines.add(String.format("%n=== CDTT benchmark at national size (%s) ===%ndata: %s%n%-34s %8s %5s %8s %8s %10s %6s %8s",
                url.replaceAll("\\?.*", ""), size, "page", "clients", "n", "p50 ms", "p95 ms", "goal p95", "SQL", "KB"));
        measure("Ca trực của tôi (member)", memberSessions, myShifts, "100", "300");
        measure("week board (commune coordinator)", coordinatorSessions, board, "100", "300");
        measure("coverage (province coordinator)", provinceSessions, coverage, "200", "-");
        measure("members, page 1 (province)", provinceSessions, membersFirst, "200", "-");
        measure("members, page 100 (province)", provinceSessions, membersLater, "200", "-");
        lines.add("Timings on a shared two-core machine are noisy; SQL is the range of statements per request.");
        String report = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println(report);
        Path out = Path.of(System.getProperty("benchmark.report", "target/benchmark.txt")).resolveSibling(
                "benchmark-national.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The page at one client (one request at a time, round the sessions), then at 20 sessions in parallel. */
    private void measure(String name, List<WebSession> sessions, Request request, String goalOne, String goalMany)
            throws Exception {
        Random random = new Random(42);
        List<Sample> one = new ArrayList<>();
        // one answer of each page is kept for a look at what it carries
        HttpResponse<String> kept = request.send(sessions.get(0), random);
        Files.createDirectories(PAGES);
        Files.writeString(PAGES.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".html"), kept.body());
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            Sample s = sample(sessions.get(i % sessions.size()), request, random);
            if (i >= WARM_UP) {
                one.add(s);
            }
        }
        lines.add(line(name, 1, one, goalOne));
        System.out.println(lines.get(lines.size() - 1));
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<List<Sample>>> futures = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                WebSession session = sessions.get(i);
                Random own = new Random(i);
                futures.add(pool.submit(() -> {
                    List<Sample> samples = new ArrayList<>();
                    for (int k = 0; k < PER_SESSION; k++) {
                        samples.add(sample(session, request, own));
                    }
                    return samples;
                }));
            }
            List<Sample> many = new ArrayList<>();
            for (Future<List<Sample>> f : futures) {
                many.addAll(f.get());
            }
            lines.add(line(name, sessions.size(), many, goalMany));
            System.out.println(lines.get(lines.size() - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Sample sample(WebSession session, Request request, Random random) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = request.send(session, random);
        long micros = (System.nanoTime() - t) / 1000;
        if (r.statusCode() != 200) {
            // Payara 6.2025.9 refuses a signed-in user now and then under parallel load (issue 9, section 1): counted
            return new Sample(micros, 0, 0, r.statusCode());
        }
        if (WebSession.isLoginPage(r)) {
            throw new IllegalStateException(r.uri() + " showed the login page");
        }
        var counted = r.headers().firstValue("X-SQL-Statements");
        if (counted.isEmpty()) {
            // the "system busy" page of a failure (its id is in the server log), or not in benchmark mode
            return new Sample(micros, 0, 0, BUSY);
        }
        int statements = Integer.parseInt(counted.get());
        return new Sample(micros, statements, r.body().getBytes(StandardCharsets.UTF_8).length, 200);
    }

    private static String line(String name, int clients, List<Sample> all, String goal) {
        List<Sample> samples = all.stream().filter(Sample::ok).toList();
        Latencies latencies = new Latencies(samples.stream().mapToLong(Sample::micros).toArray());
        int[] statements = samples.stream().mapToInt(Sample::statements).sorted().toArray();
        double kb = samples.stream().mapToInt(Sample::bytes).average().orElse(0) / 1024;
        String refused = all.stream().filter(s -> !s.ok()).map(s -> s.status() == BUSY ? "busy" : String.valueOf(s.status()))
                .reduce((a, b) -> a + "," + b)
                .map(list -> " non-200: " + list).orElse("");
        return String.format("%-34s %8d %5d %8.1f %8.1f %10s %6s %8.1f%s", name, clients, samples.size(),
                latencies.millis(50), latencies.millis(95), "-".equals(goal) ? "-" : "≤ " + goal,
                statements.length == 0 ? "-" : statements[0] == statements[statements.length - 1]
                        ? String.valueOf(statements[0]) : statements[0] + "–" + statements[statements.length - 1], kb,
                refused);
    }

    private List<WebSession> signIn(List<String> usernames) throws Exception {
        List<WebSession> sessions = new ArrayList<>();
        for (String username : usernames) {
            sessions.add(WebSession.signIn(base.toString(), username, PASSWORD));
        }
        return sessions;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        return strings(c, sql).stream().map(Long::valueOf).toList();
    }

    private static String count(Connection c, String table) throws SQLException {
        return String.format("%,d", Long.parseLong(strings(c, "SELECT COUNT(*) FROM " + table).get(0)));
    }
}
