package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.duty.CalendarFeed;

/**
 * GET /calendar/{token}.ics: a member's duties for calendar apps. No login – calendar apps cannot log in – so the
 * long random token is the key; an unknown or replaced token is a plain 404 that tells nothing.
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CalendarFeed feed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[A-Za-z0-9_-]{20,100}\\.ics")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String token = path.substring(1, path.length() - ".ics".length());
        String ics;
        try {
            ics = feed.feed(token);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"lich-truc.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
