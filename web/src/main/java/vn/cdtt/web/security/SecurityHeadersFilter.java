package vn.cdtt.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response, the container's error pages (403, 404, 500: the ERROR dispatch) included.
 * PrimeFaces (primefaces.CSP) sends a second policy of its own with the nonce that every script must carry; browsers
 * enforce both, so this one leaves scripts to it ({@code 'unsafe-inline'} here, nonces there) and adds the rest:
 * nothing from other sites, forms only to this one, no framing, no MIME sniffing, no referrer leaks, no caching of
 * personal pages, HTTPS only once served over HTTPS. Versioned scripts and stylesheets, which are the same for everyone,
 * are cached for a year.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        setHeaders(request, response);
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        } else if (request.getParameter("v") != null) {
            // a versioned resource (PrimeFaces adds v=its version): a new release is a new address, so a phone keeps
            // this copy for a year and does not even ask whether it changed. Faces' resource handler would set its own
            // week; it is not let.
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, new KeepCacheControl(response));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The headers of every answer but Cache-Control. Also set by the authentication mechanism, which answers some
     * requests (an API call without a valid token) before the filters run.
     */
    public static void setHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // set, not add: an error page after a failed request gets one copy of it
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** A response whose Cache-Control stays the one this filter set, unless it is an error (never kept a year). */
    private static final class KeepCacheControl extends HttpServletResponseWrapper {

        KeepCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                super.setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.setHeader("Cache-Control", "no-store");
            super.sendError(status, message);
        }
    }
}
