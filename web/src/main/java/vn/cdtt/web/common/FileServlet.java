package vn.cdtt.web.common;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.cdtt.common.FileDownload;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.security.AccessDeniedException;

/**
 * A GET that sends one file a service hands back: 404 when the request names none or the service finds none, 403
 * when the service refuses the caller (the services check role and commune scope; web.xml only keeps strangers
 * out). The file is never cached, never sniffed into another type, and saved unless the subclass lets the browser
 * show it.
 */
public abstract class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The file the request asks for, from the service; null when its path or parameters do not name one.
     *
     * @throws NotFoundException     the service has no such file in the caller's province
     * @throws AccessDeniedException the caller may not read it
     */
    protected abstract FileDownload file(HttpServletRequest request);

    /** Whether the browser shows the file (a plan to print) rather than saving it; saved by default. */
    protected boolean inline() {
        return false;
    }

    /** The number in a path of the form {@code /123}, or null. */
    protected static Long idFromPath(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path != null && path.matches("/\\d{1,18}") ? Long.valueOf(path.substring(1)) : null;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownload file;
        try {
            file = file(request);
        } catch (NotFoundException e) {
            file = null;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", (inline() ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
