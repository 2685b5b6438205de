package vn.cdtt.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error id the "system busy" page shows: the one {@link Failures} logged, the one in the address after an Ajax
 * failure, or – for a failure the container caught itself – a new one logged here.
 */
@Named
@RequestScoped
public class ErrorReport {

    private static final Logger LOG = Logger.getLogger(ErrorReport.class.getName());

    @Inject
    HttpServletRequest request;

    private String id;

    public String getId() {
        if (id == null) {
            id = find();
        }
        return id;
    }

    private String find() {
        if (request.getAttribute(Failures.ERROR_ID) instanceof String known) {
            return known;
        }
        String given = request.getParameter("id");
        if (Failures.isId(given)) {
            return given;
        }
        String fresh = Failures.newId();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        LOG.log(Level.SEVERE, failure instanceof Throwable t ? t : null, () -> "Error " + fresh + " on "
                + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return fresh;
    }
}
