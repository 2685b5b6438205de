package vn.cdtt.it.bench;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.it.support.Deployments;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.WebSession;

/**
 * The benchmark (mvn verify -Pbenchmark, README): province-scale data – 135 communes, 137 sites, 3,000 members,
 * three months of shifts with two members each – then the week board and "my shifts" requested over HTTP as real
 * users. Prints, per page, the SQL statements each request issued (from the server's statement counter; the
 * figure must not grow with the rows shown) and the p50/p95 latency. It measures; it asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisabledIfSystemProperty(named = "benchmark.national", matches = ".+", disabledReason = "NationalBenchmark runs")
class DutyBenchmark {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 3000);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 200);
    private static final int WARM_UP = 30;
    private static final int DASHBOARD_REQUESTS = Integer.getInteger("benchmark.dashboard.requests", 50);
    private static final int ALLOWANCE_WARM_UP = 2;
    private static final int ALLOWANCE_REQUESTS = Integer.getInteger("benchmark.allowance.requests", 5);
    private static final int LOAD_SESSIONS = Integer.getInteger("benchmark.load.sessions", 50);
    private static final int LOAD_SECONDS = Integer.getInteger("benchmark.load.seconds", 60);
    private static final int BASELINE_SECONDS = Integer.getInteger("benchmark.load.baselineSeconds", 20);

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
        HttpResponse<String> generatedData = WebSession.anonymous(base.toString()).get(
                "test-fixtures/benchmark?members=" + MEMBERS + "&accounts=30&coordinators=10", Duration.ofMinutes(20));
        if (generatedData.statusCode() != 200) {
            throw new IllegalStateException("data generation failed (" + generatedData.statusCode() + "); see server.log");
        }
        Map<String, String> data = parse(generatedData.body());
        long generated = (System.nanoTime() - started) / 1_000_000_000L;

        WebSession province = WebSession.signIn(base.toString(), data.get("province"), Fixtures.PASSWORD);
        List<WebSession> members = new ArrayList<>();
        for (String m : data.get("members").split(",")) {
            members.add(WebSession.signIn(base.toString(), m, Fixtures.PASSWORD));
        }
        List<String> communes = Arrays.asList(data.get("communes").split(","));
        LocalDate from = LocalDate.parse(data.get("from"));
        Random random = new Random(42);

        List<Sample> board = new ArrayList<>();
        List<Sample> mine = new ArrayList<>();
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            String commune = communes.get(random.nextInt(communes.size()));
            LocalDate week = from.plusWeeks(random.nextInt(13));
            Sample b = measure(province, "duty/board.xhtml?commune=" + commune + "&week=" + week, "class=\"on-duty\"");
            Sample m = measure(members.get(i % members.size()), "me/shifts.xhtml", "class=\"card shift-card");
            if (i >= WARM_UP) {
                board.add(b);
                mine.add(m);
            }
        }

        // Tổng quan: the whole province, and one commune chosen by a province-wide reader
        List<Sample> dashboardProvince = new ArrayList<>();
        List<Sample> dashboardCommune = new ArrayList<>();
        // Xếp loại: every commune's rating of this week, and one commune's last 12 weeks
        List<Sample> ratingsProvince = new ArrayList<>();
        List<Sample> ratingsCommune = new ArrayList<>();
        for (int i = 0; i < WARM_UP / 3 + DASHBOARD_REQUESTS; i++) {
            String commune = communes.get(random.nextInt(communes.size()));
            Sample all = measure(province, "dashboard/index.xhtml", "data-ri=");
            Sample one = measure(province, "dashboard/index.xhtml?commune=" + commune, "data-ri=");
            Sample ratings = measure(province, "rating/communes.xhtml", "class=\"light light-");
            Sample history = measure(province, "rating/commune.xhtml?commune=" + commune, "class=\"light light-");
            if (i >= WARM_UP / 3) {
                dashboardProvince.add(all);
                dashboardCommune.add(one);
                ratingsProvince.add(ratings);
                ratingsCommune.add(history);
            }
        }

        LoadTest.Result baseline = LoadTest.run("login page (baseline, not signed in)",
                Collections.nCopies(LOAD_SESSIONS, "anonymous").stream()
                        .map(r -> new LoadTest.User(r, WebSession.anonymous(base.toString()), List.of("login.xhtml")))
                        .toList(), Duration.ofSeconds(BASELINE_SECONDS));
        LoadTest.Result load = LoadTest.run("signed-in mix", loadUsers(data, members, province, from),
                Duration.ofSeconds(LOAD_SECONDS));
        String allowances = allowanceProvinceMonth(province, from);

        String report = String.format("%n=== CDTT benchmark (%s) ===%n"
                        + "data: %s communes, %s sites, %s members, %s shifts, %s assignments, %s to %s (generated in %d s)%n"
                        + "%-22s %6s %9s %9s %16s %16s%n%s%n%s%n",
                System.getProperty("cdtt.db", "H2"), communes.size(), data.get("sites"), data.get("memberCount"),
                data.get("shifts"), data.get("assignments"), data.get("from"), data.get("to"), generated,
                "page", "n", "p50 ms", "p95 ms", "SQL/request", "rows shown",
                line("week board", board), line("my shifts", mine))
                + String.format("%s%n%s%n%s%n%s%n", line("dashboard, province", dashboardProvince),
                        line("dashboard, one commune", dashboardCommune), line("ratings, province", ratingsProvince),
                        line("ratings, one commune", ratingsCommune))
                + String.format("%nload test (loopback; -Dbenchmark.load.sessions, -Dbenchmark.load.seconds)%n%s%s",
                        baseline.report(), load.report())
                + allowances;
        System.out.println(report);
        Path out = Path.of(System.getProperty("benchmark.report", "target/benchmark.txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * One province-month of allowances: the month's past assignments confirmed present, then the province
     * coordinator computes every commune's statement at once (an Ajax post of the province page: the first
     * computation writes every line, a recomputation only what changed), reads the page and downloads the province's
     * payment sheet. The month is the last one the data covers from its first day.
     */
    private String allowanceProvinceMonth(WebSession province, LocalDate from) throws Exception {
        YearMonth month = YearMonth.from(VietnamTime.today()).minusMonths(1);
        if (from.isAfter(month.atDay(1))) {
            month = YearMonth.from(VietnamTime.today());
        }
        String attended = WebSession.anonymous(base.toString())
                .get("test-fixtures/benchmark?allowanceMonth=" + month, Duration.ofMinutes(5)).body();
        String path = "allowance/province.xhtml?month=" + month;
        List<Sample> compute = new ArrayList<>();
        List<Sample> page = new ArrayList<>();
        List<Sample> sheet = new ArrayList<>();
        long sheetBytes = 0;
        Sample first = null;
        for (int i = 0; i < ALLOWANCE_WARM_UP + ALLOWANCE_REQUESTS; i++) {
            HttpResponse<String> shown = province.get(path, Duration.ofSeconds(60));
            long t = System.nanoTime();
            HttpResponse<String> computed = province.ajax(path, shown, "jakarta.faces.partial.ajax=true"
                    + "&jakarta.faces.source=province%3AcomputeAll&jakarta.faces.partial.execute=province%3AcomputeAll"
                    + "&jakarta.faces.partial.render=province&province%3AcomputeAll=province%3AcomputeAll"
                    + "&province=province", Duration.ofMinutes(5));
            long computeMicros = (System.nanoTime() - t) / 1000;
            if (computed.statusCode() != 200 || !computed.body().contains("commune-row")) {
                throw new IllegalStateException("computing the province-month failed (" + computed.statusCode()
                        + "); see server.log");
            }
            Sample rendered = measure(province, path, "commune-row");
            t = System.nanoTime();
            HttpResponse<byte[]> xlsx = province.post(path, shown, "province=province&province%3Asheet=",
                    Duration.ofMinutes(2));
            long sheetMicros = (System.nanoTime() - t) / 1000;
            if (xlsx.statusCode() != 200 || !xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheet")) {
                throw new IllegalStateException("the province sheet failed (" + xlsx.statusCode() + ")");
            }
            if (i == 0) {
                first = new Sample(computeMicros, statements(computed), 0);
            }
            if (i >= ALLOWANCE_WARM_UP) {
                compute.add(new Sample(computeMicros, statements(computed), 0));
                page.add(rendered);
                sheet.add(new Sample(sheetMicros, statements(xlsx), 0));
                sheetBytes = xlsx.body().length;
            }
        }
        return String.format("%nallowances, one province-month (%s; %s assignments confirmed present for it)%n"
                        + "%-22s %6s %9s %9s %16s %16s%n%s%n%s%n%s (%d KB)%n", month, attended.replace("attended=", ""),
                "", "n", "p50 ms", "p95 ms", "SQL/request", "rows shown",
                line("first computation", List.of(first)) + "\n" + line("recompute all communes", compute),
                line("province page", page), line("province sheet", sheet), sheetBytes / 1024);
    }

    private static int statements(HttpResponse<?> r) {
        return Integer.parseInt(r.headers().firstValue("X-SQL-Statements")
                .orElseThrow(() -> new IllegalStateException("no statement count: is CDTT_BENCHMARK set?")));
    }

    /**
     * The sessions of the load test, by role: about three in five members (home, my shifts, open shifts, my record),
     * one in five commune coordinators (their board, members, coverage, trainings), then province coordinators
     * (any commune's board, coverage, members, audit log), viewers (coverage, members, training report) and centre
     * staff (today at their site, home). Coordinators, staff and members are spread over different communes.
     */
    private List<LoadTest.User> loadUsers(Map<String, String> data, List<WebSession> members, WebSession province,
            LocalDate from) throws Exception {
        String url = base.toString();
        String week = from.plusWeeks(6).toString();
        List<String> memberLogins = Arrays.asList(data.get("members").split(","));
        List<String> coordinators = Arrays.asList(data.get("coordinators").split(","));
        List<String> staff = Arrays.asList(data.get("staff").split(","));
        List<String> communes = Arrays.asList(data.get("communes").split(","));
        List<LoadTest.User> users = new ArrayList<>();
        for (int i = 0; users.size() < LOAD_SESSIONS; i++) {
            switch (i % 10) {
                case 0, 1, 2, 3, 4, 5 -> users.add(new LoadTest.User("member", i < members.size() ? members.get(i)
                        : WebSession.signIn(url, memberLogins.get(i % memberLogins.size()), Fixtures.PASSWORD),
                        List.of("me/shifts.xhtml", "index.xhtml", "me/open.xhtml", "me/record.xhtml")));
                case 6, 7 -> {
                    String[] c = coordinators.get(i % coordinators.size()).split(":");
                    users.add(new LoadTest.User("coordinator", WebSession.signIn(url, c[1], Fixtures.PASSWORD),
                            List.of("duty/board.xhtml?commune=" + c[0] + "&week=" + week, "roster/members.xhtml",
                                    "duty/coverage.xhtml", "training/sessions.xhtml")));
                }
                case 8 -> users.add(i % 20 == 8
                        ? new LoadTest.User("province", i == 8 ? province
                                : WebSession.signIn(url, data.get("province"), Fixtures.PASSWORD),
                                List.of("duty/coverage.xhtml", "duty/board.xhtml?commune="
                                        + communes.get(i % communes.size()) + "&week=" + week,
                                        "roster/members.xhtml", "audit/log.xhtml"))
                        : new LoadTest.User("viewer", WebSession.signIn(url, data.get("viewer"), Fixtures.PASSWORD),
                                List.of("duty/coverage.xhtml", "roster/members.xhtml", "training/report.xhtml")));
                default -> users.add(new LoadTest.User("centre staff",
                        WebSession.signIn(url, staff.get(i % staff.size()), Fixtures.PASSWORD),
                        List.of("site/today.xhtml", "index.xhtml")));
            }
        }
        return users;
    }

    private static String line(String name, List<Sample> samples) {
        Latencies latencies = new Latencies(samples.stream().mapToLong(Sample::micros).toArray());
        int[] statements = samples.stream().mapToInt(Sample::statements).sorted().toArray();
        int[] rows = samples.stream().mapToInt(Sample::rows).sorted().toArray();
        return String.format("%-22s %6d %9.1f %9.1f %16s %16s", name, samples.size(), latencies.millis(50),
                latencies.millis(95), range(statements), range(rows));
    }

    private static String range(int[] sorted) {
        return sorted[0] == sorted[sorted.length - 1] ? String.valueOf(sorted[0])
                : sorted[0] + "–" + sorted[sorted.length - 1];
    }

    private static Sample measure(WebSession session, String path, String rowMarker) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = session.get(path, Duration.ofSeconds(60));
        long micros = (System.nanoTime() - t) / 1000;
        if (r.statusCode() != 200 || WebSession.isLoginPage(r)) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        int statements = Integer.parseInt(r.headers().firstValue("X-SQL-Statements")
                .orElseThrow(() -> new IllegalStateException("no statement count: is CDTT_BENCHMARK set?")));
        int rows = r.body().split(Pattern.quote(rowMarker), -1).length - 1;
        return new Sample(micros, statements, rows);
    }

    private static Map<String, String> parse(String answer) {
        Map<String, String> values = new HashMap<>();
        for (String pair : answer.split(";")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }
}
