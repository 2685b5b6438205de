package vn.cdtt.web.common;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * JSON requests the application's own scripts send outside Faces (resources/js/pwa.js: the offline check-in, the
 * push subscription), and their answers.
 *
 * <p>Cross-site request forgery: the session cookie is SameSite=Lax (not sent on another site's POST), and on top a
 * request must carry what only a script of this site can send: the {@value #HEADER} header and a JSON body (another
 * site's page would need a CORS preflight, which is never granted; an HTML form can set neither), and an Origin or
 * Sec-Fetch-Site, when the browser sends one, naming this site. Faces' view-state token is not used: a page kept
 * for offline use has a long stale one.
 */
public final class ScriptRequests {

    public static final String HEADER = "X-CDTT-Offline";

    private ScriptRequests() {
    }

    /** Sent by this site's own script: the custom header, a JSON body, and no other site named as its origin. */
    public static boolean fromThisSite(HttpServletRequest request) {
        if (!"1".equals(request.getHeader(HEADER))) {
            return false;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site)) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            // the host only: behind a proxy that ends HTTPS, scheme and port differ from what this server sees
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code {"ok": …, "message": …}} with this status. */
    public static void answer(HttpServletResponse response, int status, boolean ok, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("ok", ok).add("message", message).build().toString());
    }
}
