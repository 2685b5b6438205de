package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.security.Role;

/**
 * The headers a browser gets where ErrorResponsesIT cannot look without a login or without TLS: the 403 page of a
 * signed-in user who is not allowed a page, and HSTS, which only an HTTPS answer carries. And outside the application:
 * the server's root sends a browser to it, and any other address is a plain 404 (ear/src/main/payara/root), with the
 * same headers and never Payara's welcome page or its version.
 */
class SecurityHeadersIT extends IntegrationTest {

    @Inject
    HttpServletRequest request;

    @Test
    void aMemberRefusedACoordinatorPageGetsThe403PageWithTheSecurityHeaders() throws Exception {
        Long commune = fixtures.commune("23638");
        String member = fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Ksor H'Lan"));
        WebSession phone = WebSession.signIn("http://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/", member, Fixtures.PASSWORD);

        HttpResponse<String> refused = phone.get("roster/members.xhtml", Duration.ofSeconds(30));

        assertEquals(403, refused.statusCode());
        var headers = refused.headers();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""));
        String policy = String.join("; ", headers.allValues("Content-Security-Policy"));
        assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), headers.map().toString());
    }

    @Test
    void theServersRootSendsTheBrowserToTheApplication() throws Exception {
        HttpResponse<String> root = outside("/");

        assertEquals(302, root.statusCode());
        assertEquals("http://localhost:" + request.getLocalPort() + "/cdtt/",
                root.headers().firstValue("Location").orElse(""));
        assertSecurityHeaders(root);
        assertFalse(root.body().contains("Payara"), root.body());
    }

    @Test
    void anAddressOutsideTheApplicationIsAPlain404WithoutTheServersName() throws Exception {
        for (String address : new String[] {"/index.html", "/no-such-page", "/cdtt-old/login.xhtml", "/metrics"}) {
            HttpResponse<String> missing = outside(address);

            assertEquals(404, missing.statusCode(), address);
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), address);
            assertTrue(missing.body().contains("Page not found"), address + ": " + missing.body());
            assertFalse(missing.body().contains("Payara"), address + ": " + missing.body());
            assertSecurityHeaders(missing);
        }
    }

    /** An address of the test server outside the application, asked for without following a redirect. */
    private HttpResponse<String> outside(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + request.getLocalPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<String> answer) {
        var headers = answer.headers();
        String address = answer.uri().toString();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), address);
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), address);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), address);
        String policy = String.join("; ", headers.allValues("Content-Security-Policy"));
        assertTrue(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), address + ": " + headers.map());
        assertTrue(headers.firstValue("Server").isEmpty(), address + ": " + headers.map());
    }

    @Test
    void overHttpsPagesCarryStrictTransportSecurity() throws Exception {
        // the test server's HTTPS listener (portbase 18000: HTTP 18080, HTTPS 18081), with its self-signed certificate
        int port = Integer.parseInt(System.getProperty("HTTP_SSL_LISTENER_PORT",
                String.valueOf(request.getLocalPort() + 1)));
        HttpsURLConnection https = (HttpsURLConnection) new URL("https://localhost:" + port + request.getContextPath()
                + "/login.xhtml").openConnection();
        https.setSSLSocketFactory(trustingAnyCertificate().getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
        try {
            assertEquals(200, https.getResponseCode());
            assertEquals("max-age=31536000", https.getHeaderField("Strict-Transport-Security"));
        } finally {
            https.disconnect();
        }
    }

    /** The test server's certificate is self-signed: this client trusts it without checking (tests only). */
    private static SSLContext trustingAnyCertificate() throws Exception {
        TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, new SecureRandom());
        return context;
    }
}
