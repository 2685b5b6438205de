package vn.cdtt.web.account;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.cdtt.notification.Notifier;
import vn.cdtt.notification.NotificationTarget;

/**
 * GET /go/{target code}: where a notification's e-mail link lands ({@link Notifier#LINK_PATH}). Signed in (web.xml),
 * the reader is sent on to the page of the target; the services name targets, only this class knows the pages.
 */
@WebServlet("/" + Notifier.LINK_PATH + "*")
public class TargetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page of a target, from the application root, e.g. {@code /duty/board.xhtml?commune=7&week=2026-12-07}. */
    public static String page(NotificationTarget target) {
        return switch (target.place()) {
            case MY_SHIFTS -> "/me/shifts.xhtml";
            case OPEN_BOARD -> "/me/open.xhtml";
            case BOARD -> target.communeId() == null ? "/duty/board.xhtml"
                    : "/duty/board.xhtml?commune=" + target.communeId() + "&week=" + target.week();
            case HELPER_REQUESTS -> "/request/list.xhtml";
            case CENTRE_REQUESTS -> "/request/centre.xhtml";
        };
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? null : request.getPathInfo().substring(1);
        response.sendRedirect(request.getContextPath()
                + NotificationTarget.parse(code).map(TargetServlet::page).orElse("/index.xhtml"));
    }
}
