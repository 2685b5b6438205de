package vn.cdtt.it.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cdtt.it.support.Fixtures;

/**
 * What a member's phone on a mountain network gets (README, "Benchmark"): Chromium at 360 px, the network slowed to
 * 400 kbit/s with 400 ms round trips and the processor 4× through Chrome DevTools, the login page and the member's
 * pages opened first with an empty cache, then again with a warm one. Prints, per page, the bytes transferred and
 * requests (the Performance API's resource timing) with the resources of the first visit, the first contentful paint,
 * DOMContentLoaded and load. It measures; it asserts nothing about time. {@code mvn verify -Pbrowser -Dit.test=PageWeightBenchmark}
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightBenchmark extends BrowserTest {

    private static final int KILOBITS_PER_SECOND = Integer.getInteger("pageweight.kbps", 400);
    private static final int ROUND_TRIP_MS = Integer.getInteger("pageweight.rtt", 400);
    private static final int CPU_SLOWDOWN = Integer.getInteger("pageweight.cpu", 4);
    /** Every page of the member's bottom bar. */
    private static final List<String> MEMBER_PAGES = List.of("index.xhtml", "me/shifts.xhtml", "me/open.xhtml",
            "me/record.xhtml", "me/allowance.xhtml", "account/inbox.xhtml", "account/password.xhtml");

    /** Bytes and requests of the page as the browser fetched it, and its timings from the start of navigation. */
    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
            return [nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
                    1 + resources.filter(r => r.transferSize > 0).length,
                    paint ? Math.round(paint.startTime) : -1,
                    Math.round(nav.domContentLoadedEventEnd), Math.round(nav.loadEventEnd),
                    resources.filter(r => r.transferSize > 0).map(r => r.name.split('jakarta.faces.resource/').pop()
                            .split('?')[0] + ' ' + (r.transferSize / 1024).toFixed(1)).join(', ')];
            """;

    @ArquillianResource
    URL base;

    @Test
    void memberPagesOnSlow3GWithAFourTimesSlowerProcessor() throws Exception {
        String member = shiftNow();
        StringBuilder report = new StringBuilder(String.format("%n=== CDTT page weight: 360 px, %d kbit/s, %d ms RTT, "
                + "%dx CPU ===%n%-22s %-6s %10s %9s %9s %9s %9s%n", KILOBITS_PER_SECOND, ROUND_TRIP_MS, CPU_SLOWDOWN,
                "page", "cache", "KB", "requests", "FCP ms", "DCL ms", "load ms"));
        try (Browser b = new Browser("page-weight", 360, 740)) {
            ChromeDriver chrome = (ChromeDriver) b.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            measure(b, chrome, "login.xhtml", report);
            b.login(base, member, Fixtures.PASSWORD);
            for (String page : MEMBER_PAGES) {
                measure(b, chrome, page, report);
            }
        }
        System.out.print(report);
        Path out = Path.of(System.getProperty("pageweight.report", "target/page-weight.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    /** The page first with an empty cache, then again with the cache that first visit left; then full speed again. */
    private void measure(Browser b, ChromeDriver chrome, String page, StringBuilder report) {
        chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
        // a first visit has no service worker either: the one the login page registered keeps scripts and stylesheets
        // in its own cache (sw.js) and would serve them without a byte on the network
        chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base.getProtocol() + "://"
                + base.getHost() + ":" + base.getPort(), "storageTypes", "cache_storage,service_workers"));
        slow(chrome, true);
        for (String cache : List.of("empty", "warm")) {
            b.open(base + page);
            b.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd;")).longValue() > 0);
            List<?> m = (List<?>) ((JavascriptExecutor) chrome).executeScript(MEASURE);
            report.append(String.format("%-22s %-6s %10.1f %9d %9d %9d %9d%n", page, cache,
                    ((Number) m.get(0)).longValue() / 1024.0, ((Number) m.get(1)).longValue(),
                    ((Number) m.get(2)).longValue(), ((Number) m.get(3)).longValue(), ((Number) m.get(4)).longValue()));
            if (cache.equals("empty") && !((String) m.get(5)).isEmpty()) {
                report.append(String.format("    resources (KB): %s%n", m.get(5)));
            }
        }
        slow(chrome, false);
    }

    private static void slow(ChromeDriver chrome, boolean slow) {
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", slow ? ROUND_TRIP_MS : 0,
                "downloadThroughput", slow ? KILOBITS_PER_SECOND * 1000 / 8 : -1,
                "uploadThroughput", slow ? KILOBITS_PER_SECOND * 1000 / 8 : -1));
        chrome.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", slow ? CPU_SLOWDOWN : 1));
    }

    /** A member of xã Chư Prông with a shift under way now (FixtureServlet); answers the member's login. */
    private String shiftNow() throws IOException, InterruptedException {
        String url = base + "test-fixtures/shift-now?member=" + URLEncoder.encode("Trần Thị Mai", StandardCharsets.UTF_8)
                + "&partner=" + URLEncoder.encode("Võ Văn Hùng", StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String pair : answer.body().split(";")) {
            if (pair.startsWith("member=")) {
                return pair.substring("member=".length());
            }
        }
        throw new IllegalStateException("no member from " + url + ": " + answer.body());
    }
}
