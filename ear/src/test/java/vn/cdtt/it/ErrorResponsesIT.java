package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.IntegrationTest;

/**
 * What a browser gets when something goes wrong, read over plain HTTP: the "system busy" page with an error id and
 * never the exception (a database failure's message carries SQL and column names), Ajax or not; the error logged
 * once on the server with that id; a forged Faces post, or one without the page's CSP nonce, refused with one log
 * line; the security headers on the container's error pages; no version banners; no /metrics or /openapi for everyone.
 */
@RunAsClient
class ErrorResponsesIT extends IntegrationTest {

    private static final Pattern ERROR_ID = Pattern.compile("Mã lỗi: ([A-Z2-9]{8})");
    private static final Path SERVER_LOG = Path.of(System.getProperty("payara.home", "target/payara-it/payara6"),
            "glassfish/domains/it/logs/server.log");

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String address, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoExceptionText(String body) {
        assertFalse(body.contains("password_hash"), body);
        assertFalse(body.contains("SELECT"), body);
        assertFalse(body.contains("PersistenceException"), body);
    }

    private static String errorId(String page) {
        Matcher id = ERROR_ID.matcher(page);
        assertTrue(id.find(), page);
        return id.group(1);
    }

    private static long logSize() throws IOException {
        return Files.exists(SERVER_LOG) ? Files.size(SERVER_LOG) : 0;
    }

    /** What the server logged since {@code from}, waiting up to five seconds for {@code expected} to arrive. */
    private static String logSince(long from, String expected) throws Exception {
        String text = "";
        for (int i = 0; i < 50; i++) {
            byte[] all = Files.readAllBytes(SERVER_LOG);
            text = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                    StandardCharsets.UTF_8);
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(100);
        }
        return text;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aFailingRequestShowsTheBusyPageWithAnErrorIdAndLogsItOnceWithTheStackTrace() throws Exception {
        long logStart = logSize();

        HttpResponse<String> answer = get(base + "it/fail");

        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("Hệ thống đang bận"), answer.body());
        assertNoExceptionText(answer.body());
        String id = errorId(answer.body());
        String log = logSince(logStart, "Error " + id);
        assertEquals(1, count(log, "Error " + id), log);
        assertTrue(log.contains("password_hash") && log.contains("FailingServlet.doGet"), log);
    }

    @Test
    void aFailingAjaxActionSendsTheBrowserToTheBusyPageWithoutTheExceptionText() throws Exception {
        String page = get(base + "it/fail.xhtml").body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), page);

        HttpResponse<String> answer = post(base + "it/fail.xhtml", Map.of(
                "f", "f",
                "jakarta.faces.ViewState", state.group(1),
                "jakarta.faces.source", "f:fail",
                "jakarta.faces.partial.event", "click",
                "jakarta.faces.partial.execute", "f:fail",
                "jakarta.faces.behavior.event", "action",
                "jakarta.faces.partial.ajax", "true"), true);

        assertNoExceptionText(answer.body());
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(answer.body());
        assertTrue(redirect.find(), answer.body());
        String busy = get(base.getProtocol() + "://" + base.getAuthority() + redirect.group(1)).body();
        assertTrue(busy.contains("Hệ thống đang bận"), busy);
        assertTrue(redirect.group(1).endsWith("id=" + errorId(busy)), redirect.group(1));
    }

    @Test
    void aForgedFacesPostLogsOneLineAndShowsTheExpiredPage() throws Exception {
        long logStart = logSize();

        HttpResponse<String> answer = post(base + "it/fail.xhtml", Map.of(
                "f", "f", "f:fail", "fail", "jakarta.faces.ViewState", "-1234567890:forged"), false);

        assertEquals(302, answer.statusCode());
        String expired = get(URI.create(base.toString())
                .resolve(answer.headers().firstValue("Location").orElseThrow()).toString()).body();
        assertTrue(expired.contains("Phiên làm việc đã hết hạn"), expired);
        String log = logSince(logStart, "Refused a Faces post");
        assertTrue(log.contains("Refused a Faces post to /cdtt/it/fail.xhtml"), log);
        assertFalse(log.contains("ViewExpiredException"), log);
    }

    @Test
    void aLoginPostWithoutThePagesCspNonceLogsOneLineAndShowsTheExpiredPage() throws Exception {
        String page = get(base + "login.xhtml").body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), page);
        assertTrue(page.contains("primefaces.nonce"), "the page carries the nonce that the post leaves out");
        long logStart = logSize();

        // the form without its button: nothing is signed in or counted against the login throttle, the page is rendered
        // again, and PrimeFaces checks the nonce then
        HttpResponse<String> answer = post(base + "login.xhtml", Map.of("login", "login",
                "login:username", "khong-co-ai", "login:password", "sai-mat-khau",
                "jakarta.faces.ViewState", state.group(1)), false);

        assertEquals(302, answer.statusCode());
        String expired = get(URI.create(base.toString())
                .resolve(answer.headers().firstValue("Location").orElseThrow()).toString()).body();
        assertTrue(expired.contains("Phiên làm việc đã hết hạn"), expired);
        String log = logSince(logStart, "Refused a Faces post");
        assertEquals(1, count(log, "Refused a Faces post to /cdtt/login.xhtml"), log);
        assertTrue(log.contains("without the page's CSP nonce"), log);
        assertFalse(log.contains("CspException") || log.contains("CSP nonce mismatch"), "one line, no stack trace: " + log);
    }

    @Test
    void theContainersErrorPagesCarryTheSecurityHeadersAndNoBanner() throws Exception {
        for (String address : new String[] {base + "no-such-page.xhtml", base + "it/fail"}) {
            HttpResponse<String> answer = get(address);

            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 500, address + " " + answer.statusCode());
            var headers = answer.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), address);
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), address);
            String policy = String.join("; ", headers.allValues("Content-Security-Policy"));
            for (String directive : new String[] {"default-src 'self'", "form-action 'self'", "frame-ancestors 'none'"}) {
                assertTrue(policy.contains(directive), address + ": " + policy);
            }
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), address + ": " + headers.map());
            assertFalse(headers.firstValue("Server").orElse("").matches(".*\\d.*"), address + ": " + headers.map());
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "plain HTTP gets no HSTS");
        }
    }

    @Test
    void metricsAndOpenApiAreNotServedToAnonymousCallers() throws Exception {
        String server = base.getProtocol() + "://" + base.getAuthority();

        assertNotEquals(200, get(server + "/metrics").statusCode());
        assertNotEquals(200, get(server + "/openapi").statusCode());
        assertEquals(200, get(server + "/cdtt/login.xhtml").statusCode());
    }
}
