package vn.cdtt.web.common;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * The one place where a request that failed unexpectedly ends (web.xml maps it first, before every other filter).
 * The failure is logged once, with its stack trace and a short error id (a database that cannot be reached: one line
 * with the cause, no stack); the user gets the "system busy, try again" page with that id and nothing of the
 * exception: the message of a database failure names tables and columns.
 * An Ajax request gets a partial response that sends the browser to that page, a failed post a redirect to it. An
 * expired or forged Faces post (a view state that is not ours, or no PrimeFaces CSP nonce of the page: a post made
 * without loading the page, or from a page kept open across sessions) logs one line, not a stack trace, and shows the
 * "expired" page.
 * {@link FailureExceptionHandler} hands Faces' exceptions to this filter instead of writing them into the answer.
 */
public class Failures extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());
    /** Request attribute with the error id, read by the error page ({@link ErrorReport}). */
    static final String ERROR_ID = Failures.class.getName() + ".id";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) { // not IOException: mostly a browser that went away
            fail(request, response, e);
        }
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        String address;
        int status;
        boolean forbidden = causedBy(failure, ProtectedViewException.class);
        boolean noNonce = causedBy(failure, CspException.class);
        if (forbidden || noNonce || causedBy(failure, ViewExpiredException.class)) {
            LOG.warning(() -> "Refused a Faces post to " + request.getRequestURI() + " from " + request.getRemoteAddr()
                    + (forbidden ? ": not entered through the application's own link"
                    : noNonce ? ": without the page's CSP nonce" : ": unknown or expired view state"));
            address = forbidden ? "/error/403.xhtml" : "/error/expired.xhtml";
            status = forbidden ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST;
        } else {
            String id = newId();
            Throwable unreachable = databaseUnreachable(failure);
            if (unreachable == null) {
                LOG.log(Level.SEVERE, failure, () -> "Error " + id + " on " + request.getMethod() + " "
                        + request.getRequestURI());
            } else {
                // While the database is down every request fails alike, each with a stack of 25-70 KB: at ten
                // sessions that rotated the log several times a second, and the rotations of one second overwrite
                // each other, so most ids shown to users were lost with the rest of the log (README, "Benchmark").
                LOG.severe(() -> "Error " + id + " on " + request.getMethod() + " " + request.getRequestURI()
                        + ": the database cannot be reached (" + firstLine(unreachable) + ")");
            }
            request.setAttribute(ERROR_ID, id);
            address = "/error/500.xhtml?id=" + id;
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        if (response.isCommitted()) {
            return; // part of the page is on its way: nothing more can be said in this answer
        }
        response.reset();
        if (isAjax(request)) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + address + "\"></redirect></partial-response>");
        } else if ("GET".equals(request.getMethod())) {
            response.sendError(status); // web.xml's error page for the status
        } else {
            // a post's error page would be a postback without PrimeFaces' CSP nonce: show it on a GET instead
            response.sendRedirect(request.getContextPath() + address);
        }
    }

    /** By the header Faces and PrimeFaces send: reading a parameter here would fix the body's encoding too early. */
    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The innermost cause of a failure to reach the database – no connection from the pool (the database is down or
     * every connection busy beyond the pool's wait) or a connection that broke (SQL state class 08) – or null.
     */
    static Throwable databaseUnreachable(Throwable failure) {
        Throwable found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (found != null || t instanceof ResourceAllocationException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                found = t;
            }
        }
        return found;
    }

    private static String firstLine(Throwable t) {
        String text = t.toString();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    /** Eight characters without look-alikes (no 0/O, 1/I): easy to read out on the phone. */
    static String newId() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }

    /** An id as {@link #newId()} writes it, so the error page never echoes anything else. */
    static boolean isId(String text) {
        return text != null && text.matches("[A-HJ-NP-Z2-9]{8}");
    }
}
