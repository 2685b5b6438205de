package vn.cdtt.it.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like user for the benchmarks and the HTTP-level tests: an HTTP client with its own cookies that signs in through the real login
 * page (a Faces form) and then requests pages as that user.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A session that has not signed in (the login page's baseline). */
    public static WebSession anonymous(String base) {
        return new WebSession(base);
    }

    /** A session signed in as {@code username} with {@code password}; fails if the login page refuses it. */
    public static WebSession signIn(String base, String username, String password) throws Exception {
        WebSession s = new WebSession(base);
        HttpResponse<String> r = s.logIn(username, password);
        if (r.statusCode() != 200 || isLoginPage(r)) {
            throw new IllegalStateException("login failed for " + username + " (" + r.statusCode() + ")");
        }
        return s;
    }

    /** Fills in and sends the login form as a user would; answers the page the server then leads to. */
    public HttpResponse<String> logIn(String username, String password) throws Exception {
        HttpResponse<String> page = get("login.xhtml", Duration.ofSeconds(30));
        String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState(page));
        return client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET of a path below the application (no leading slash), following redirects. */
    public HttpResponse<String> get(String path, Duration timeout) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET of a file below the application (no leading slash), its bytes as they came. */
    public HttpResponse<byte[]> getBytes(String path, Duration timeout) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET of a file below the application (no leading slash) with extra headers (name, value, name, value …). */
    public HttpResponse<byte[]> getBytes(String path, Duration timeout, String... headers) throws Exception {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        for (int i = 0; i < headers.length; i += 2) {
            get.header(headers[i], headers[i + 1]);
        }
        return client.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A Faces Ajax post of a page's form (what PrimeFaces sends when a table pages): {@code fields} as they are, URL
     * encoded, without the view state and the page's CSP nonce (PrimeFaces refuses an Ajax request without it), which
     * are taken from {@code page}.
     */
    public HttpResponse<String> ajax(String path, HttpResponse<String> page, String fields, Duration timeout) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(fields + "&jakarta.faces.ViewState=" + enc(viewState(page))
                                + "&primefaces.nonce=" + enc(nonce(page))))
                        .timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A plain (non-Ajax) post of a page's form, e.g. a download button: {@code fields} plus the page's view state. */
    public HttpResponse<byte[]> post(String path, HttpResponse<String> page, String fields, Duration timeout)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(fields + "&jakarta.faces.ViewState="
                                + enc(viewState(page))))
                        .timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of a JSON body to a path below the application, with extra headers (name, value, name, value …). */
    public HttpResponse<String> postJson(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The view state of a Faces page; fails if the page has none. */
    public static String viewState(HttpResponse<String> page) {
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + page.uri() + " (" + page.statusCode() + ")");
        }
        return state.group(1);
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(page.body());
        if (!nonce.find()) {
            throw new IllegalStateException("no CSP nonce on " + page.uri());
        }
        return nonce.group(1);
    }

    /** Whether a response is the login form (a signed-in page that sent the user back to sign in). */
    public static boolean isLoginPage(HttpResponse<String> r) {
        return r.body().contains("login:password");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
