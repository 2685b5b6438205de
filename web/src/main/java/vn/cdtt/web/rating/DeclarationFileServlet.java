package vn.cdtt.web.rating;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.rating.RatingDeclarations;

/**
 * GET /rating/evidence/{id}: a declaration's evidence file as an attachment, never rendered inline, for the coordinators of
 * the declaring commune, the province and viewers (the service checks; web.xml lets only coordinators and viewers in).
 */
@WebServlet("/rating/evidence/*")
public class DeclarationFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RatingDeclarations declarations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RatingDeclarations.DeclarationFile file;
        try {
            file = declarations.download(Long.valueOf(path.substring(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
