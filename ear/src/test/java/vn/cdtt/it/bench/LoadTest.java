package vn.cdtt.it.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.cdtt.it.support.WebSession;

/**
 * The load test of the benchmark: signed-in sessions of different roles request their pages in turn, each as fast as
 * the server answers, for a fixed time, then it ends by itself. Every answer that is not the page itself counts as
 * a failure and is reported by page: a status other than 200, the login page instead of the page (a session the
 * server forgot), or no answer within the time-out. Loopback only: it talks to the test server.
 */
final class LoadTest {

    private static final Duration TIME_OUT = Duration.ofSeconds(30);

    /** One simulated user: a role (for the report), a signed-in session, and the pages it visits in turn. */
    record User(String role, WebSession session, List<String> paths) {
    }

    /** What happened on one page. */
    static final class PageResult {
        private final List<Long> micros = new ArrayList<>();
        private final Map<String, Integer> failures = new TreeMap<>();

        int requests() {
            return micros.size();
        }

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The figures of one run, by page (path without its query). */
    record Result(String title, int sessions, long millis, Map<String, PageResult> pages) {

        int requests() {
            return pages.values().stream().mapToInt(PageResult::requests).sum();
        }

        int failed() {
            return pages.values().stream().mapToInt(PageResult::failed).sum();
        }

        String report() {
            StringBuilder out = new StringBuilder(String.format(
                    "%s: %d sessions for %d s, %,d requests, %.1f requests/s, %d not 200%n", title, sessions,
                    millis / 1000, requests(), requests() * 1000.0 / millis, failed()));
            out.append(String.format("  %-26s %7s %8s %8s %8s %8s  %s%n", "page", "n", "req/s", "p50 ms", "p95 ms",
                    "p99 ms", "not 200"));
            pages.forEach((page, r) -> {
                Latencies l = new Latencies(r.micros.stream().mapToLong(Long::longValue).toArray());
                out.append(String.format("  %-26s %7d %8.1f %8.1f %8.1f %8.1f  %s%n", page, r.requests(),
                        r.requests() * 1000.0 / millis, l.millis(50), l.millis(95), l.millis(99),
                        r.failures.isEmpty() ? "0" : r.failures.toString()));
            });
            return out.toString();
        }
    }

    private LoadTest() {
    }

    /** Runs every user in its own thread for {@code duration}; returns when all have stopped. */
    static Result run(String title, List<User> users, Duration duration) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(users.size());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<Map<String, PageResult>>> running = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            int first = i;
            running.add(threads.submit(() -> visit(user, first, end)));
        }
        Map<String, PageResult> pages = new TreeMap<>();
        try {
            for (Future<Map<String, PageResult>> f : running) {
                f.get(duration.plus(TIME_OUT).plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS)
                        .forEach((page, r) -> {
                            PageResult all = pages.computeIfAbsent(page, p -> new PageResult());
                            all.micros.addAll(r.micros);
                            r.failures.forEach((k, v) -> all.failures.merge(k, v, Integer::sum));
                        });
            }
        } finally {
            threads.shutdownNow();
        }
        return new Result(title, users.size(), (System.nanoTime() - start) / 1_000_000, pages);
    }

    private static Map<String, PageResult> visit(User user, int first, long end) {
        Map<String, PageResult> pages = new TreeMap<>();
        for (int i = first; System.nanoTime() < end; i++) {
            String path = user.paths().get(i % user.paths().size());
            String page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            PageResult r = pages.computeIfAbsent(page, p -> new PageResult());
            long t = System.nanoTime();
            String failure;
            try {
                HttpResponse<String> answer = user.session().get(path, TIME_OUT);
                failure = answer.statusCode() != 200 ? "HTTP " + answer.statusCode()
                        : !page.equals("login.xhtml") && WebSession.isLoginPage(answer) ? "login page" : null;
            } catch (Exception e) {
                failure = e.getClass().getSimpleName();
            }
            r.micros.add((System.nanoTime() - t) / 1000);
            if (failure != null) {
                r.failures.merge(user.role() + " " + failure, 1, Integer::sum);
            }
        }
        return pages;
    }
}
