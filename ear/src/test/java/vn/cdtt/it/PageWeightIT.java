package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.security.Role;

/**
 * What a member's phone on a weak network downloads: pages and PrimeFaces' scripts come gzip-compressed to a browser
 * that accepts it, and versioned resources may stay in its cache for a year.
 */
class PageWeightIT extends IntegrationTest {

    /** Every page of the member's bottom bar, the home page first. */
    static final List<String> MEMBER_PAGES = List.of("index.xhtml", "me/shifts.xhtml", "me/open.xhtml",
            "me/record.xhtml", "me/allowance.xhtml", "account/inbox.xhtml", "account/password.xhtml");

    /** What a member's phone may fetch for a page on a first visit (the goal on weak 3G). */
    private static final int BUDGET_BYTES = 300 * 1024;

    private static final Pattern LINKED = Pattern.compile(
            "<script[^>]+src=\"([^\"]+)\"|<link[^>]+rel=\"(?:stylesheet|manifest)\"[^>]*href=\"([^\"]+)\""
                    + "|<link[^>]+href=\"([^\"]+)\"[^>]*rel=\"(?:stylesheet|manifest)\"");

    private static final Pattern PRIMEFACES_SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]*ln=primefaces[^\"]*)\"");

    @Inject
    HttpServletRequest request;

    /** HTTP/1.1 as browsers speak it without TLS (Java's client would otherwise ask to upgrade to HTTP/2). */
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theLoginPageAndAPrimeFacesScriptComeGzipCompressedAndSmaller() throws Exception {
        String loginPage = "/login.xhtml";
        HttpResponse<byte[]> plain = get(loginPage, false);
        HttpResponse<byte[]> gzipped = get(loginPage, true);

        assertEquals("", plain.headers().firstValue("Content-Encoding").orElse(""));
        assertCompressedCopyOf(plain, gzipped);

        String script = primeFacesScript(new String(plain.body(), StandardCharsets.UTF_8));
        assertCompressedCopyOf(get(script, false), get(script, true));
    }

    @Test
    void versionedScriptsAreCachedForAYearAndPagesNotAtAll() throws Exception {
        HttpResponse<byte[]> page = get("/login.xhtml", false);
        String script = primeFacesScript(new String(page.body(), StandardCharsets.UTF_8));

        assertTrue(script.contains("v="), script);
        HttpResponse<byte[]> scriptResponse = get(script, false);
        assertEquals(200, scriptResponse.statusCode());
        assertEquals("public, max-age=31536000, immutable",
                scriptResponse.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<byte[]> missing = get("/jakarta.faces.resource/no-such.js.xhtml?ln=primefaces&v=1", false);
        assertEquals(404, missing.statusCode());
        assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""), "a 404 is not kept a year");
    }

    /**
     * Each page of the member's bottom bar, compressed as a phone gets it, with every script, stylesheet and manifest
     * it links (an empty cache), weighs at most 300 KB, and none of them loads jQuery, PrimeFaces' widget scripts or its
     * theme (the 250–350 KB that kept Phụ cấp and Thông báo at 6–9 s on weak 3G). Headers and what a stylesheet
     * itself loads are not counted; PageWeightBenchmark measures everything in a browser.
     */
    @Test
    void everyPageOfTheMembersPhoneStaysUnder300KbWithoutJQueryOrPrimeFacesScripts() throws Exception {
        Long commune = fixtures.commune("23638");
        Long member = fixtures.member(commune, "Ksor H'Bia");
        fixtures.shiftNow(commune, member, fixtures.member(commune, "Rơ Chăm Yơn"));
        String account = fixtures.account(Role.MEMBER, commune, member);
        WebSession phone = WebSession.signIn("http://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/", account, Fixtures.PASSWORD);
        List<String> over = new ArrayList<>();
        for (String page : MEMBER_PAGES) {
            HttpResponse<byte[]> response = phone.getBytes(page, Duration.ofSeconds(30), "Accept-Encoding", "gzip");
            assertEquals(200, response.statusCode(), page);
            String html = new String(unpacked(response), StandardCharsets.UTF_8);
            assertTrue(html.contains("data-pwa-keep=\"true\""), page + " is a signed-in member's page");
            long bytes = response.body().length;
            Set<String> linked = new LinkedHashSet<>();
            Matcher m = LINKED.matcher(html);
            while (m.find()) {
                String url = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))
                        .replace("&amp;", "&");
                linked.add(url.substring(request.getContextPath().length() + 1));
            }
            for (String url : linked) {
                assertTrue(!url.contains("jquery") && !url.contains("components.js") && !url.contains("core.js")
                        && !url.contains("theme.css"), page + " loads " + url);
                HttpResponse<byte[]> resource = phone.getBytes(url, Duration.ofSeconds(30), "Accept-Encoding", "gzip");
                assertEquals(200, resource.statusCode(), url);
                bytes += resource.body().length;
            }
            if (bytes > BUDGET_BYTES) {
                over.add(page + ": " + bytes / 1024 + " KB with " + linked);
            }
        }
        assertTrue(over.isEmpty(), "over 300 KB:\n" + String.join("\n", over));
    }

    private static byte[] unpacked(HttpResponse<byte[]> response) throws Exception {
        if (!"gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
            return response.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        }
    }

    private void assertCompressedCopyOf(HttpResponse<byte[]> plain, HttpResponse<byte[]> gzipped) throws Exception {
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), gzipped.uri().toString());
        assertTrue(gzipped.body().length < plain.body().length / 2,
                gzipped.uri() + ": " + gzipped.body().length + " of " + plain.body().length + " bytes");
        byte[] unpacked;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            unpacked = in.readAllBytes();
        }
        // the page carries a fresh view state and nonce every time: compare lengths, not bytes
        assertTrue(Math.abs(unpacked.length - plain.body().length) < 200,
                unpacked.length + " unpacked, " + plain.body().length + " plain");
    }

    private String primeFacesScript(String page) {
        Matcher script = PRIMEFACES_SCRIPT.matcher(page);
        assertTrue(script.find(), "no PrimeFaces script on the login page");
        return script.group(1).replace("&amp;", "&").substring(request.getContextPath().length());
    }

    private HttpResponse<byte[]> get(String path, boolean acceptGzip) throws Exception {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create("http://localhost:" + request.getLocalPort()
                + request.getContextPath() + path)).timeout(Duration.ofSeconds(30));
        if (acceptGzip) {
            get.header("Accept-Encoding", "gzip");
        }
        return client.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
