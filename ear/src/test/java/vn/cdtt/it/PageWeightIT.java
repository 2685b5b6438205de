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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.IntegrationTest;

/**
 * What a member's phone on a weak network downloads: pages and PrimeFaces' scripts come gzip-compressed to a browser
 * that accepts it, and versioned resources may stay in its cache for a year.
 */
class PageWeightIT extends IntegrationTest {

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
