package vn.cdtt.web.rating;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import vn.cdtt.common.FileDownload;
import vn.cdtt.rating.RatingDeclarations;
import vn.cdtt.web.common.FileServlet;

/**
 * GET /rating/evidence/{id}: a declaration's evidence file as an attachment, never rendered inline, for the
 * coordinators of the declaring commune, the province and viewers (the service checks; web.xml lets only
 * coordinators and viewers in).
 */
@WebServlet("/rating/evidence/*")
public class DeclarationFileServlet extends FileServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RatingDeclarations declarations;

    @Override
    protected FileDownload file(HttpServletRequest request) {
        Long id = idFromPath(request);
        return id == null ? null : declarations.download(id);
    }
}
