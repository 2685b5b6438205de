package vn.cdtt.web.common;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import vn.cdtt.common.Uploads;

/**
 * The container side of the upload limit: a form post larger than {@link Uploads#MAX_REQUEST_BYTES} is refused
 * before Faces or the multipart parser reads it (they would fail with the error page), and the browser is sent back
 * to the page, which then says "file too large (max 10 MB)" ({@link FieldMessages}). web.xml's multipart-config
 * carries the same number for requests of unknown length.
 */
@WebFilter(filterName = "uploadLimit", servletNames = "Faces Servlet")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String REFUSED = UploadLimitFilter.class.getName() + ".refused";
    /** Reads and drops at most this much of a refused body, so the browser gets the answer instead of a reset. */
    private static final long DRAIN_LIMIT = 8 * Uploads.MAX_REQUEST_BYTES;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong())) {
            chain.doFilter(request, response);
            return;
        }
        drain(request.getInputStream(), request.getContentLengthLong());
        request.getSession().setAttribute(REFUSED, Boolean.TRUE);
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** A multipart post above the limit. Requests of unknown length (-1) are left to web.xml's multipart-config. */
    static boolean tooLarge(String method, String contentType, long contentLength) {
        return "POST".equalsIgnoreCase(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && contentLength > Uploads.MAX_REQUEST_BYTES;
    }

    private static void drain(InputStream in, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = Math.min(length, DRAIN_LIMIT);
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
    }

    /** Whether this session's last post was refused as too large (told once). */
    static Optional<Boolean> takeRefusal(FacesContext faces) {
        Object session = faces.getExternalContext().getSession(false);
        if (session instanceof HttpSession s && s.getAttribute(REFUSED) != null) {
            s.removeAttribute(REFUSED);
            return Optional.of(Boolean.TRUE);
        }
        return Optional.empty();
    }
}
