package vn.cdtt.web.training;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import vn.cdtt.common.FileDownload;
import vn.cdtt.training.TrainingEvidence;
import vn.cdtt.web.common.FileServlet;

/**
 * GET /training/evidence/{id}: an evidence file as an attachment, never rendered inline, for the coordinators of
 * the session's commune and the province (the service checks; web.xml lets only coordinators and viewers in).
 */
@WebServlet("/training/evidence/*")
public class EvidenceServlet extends FileServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TrainingEvidence evidence;

    @Override
    protected FileDownload file(HttpServletRequest request) {
        Long id = idFromPath(request);
        return id == null ? null : evidence.download(id);
    }
}
