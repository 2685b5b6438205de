package vn.cdtt.web.allowance;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cdtt.allowance.MemberAllowances;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.web.common.UserSession;

/**
 * GET /me/allowance/pdf/{statementId}/{memberId} (the member, their own) and /allowance/pdf/{statementId}/{memberId}
 * (coordinators and viewers, any member of their scope): a member's PDF statement of one month, as an attachment.
 * web.xml lets only members into /me/* and only coordinators and viewers into /allowance/*; the service checks again.
 */
@WebServlet({"/me/allowance/pdf/*", "/allowance/pdf/*"})
public class StatementPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(\\d{1,18})");

    @EJB
    transient MemberAllowances allowances;

    @Inject
    transient UserSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long statementId = Long.valueOf(path.group(1));
        Long memberId = Long.valueOf(path.group(2));
        byte[] pdf;
        try {
            pdf = allowances.pdf(statementId, memberId, session.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"bang-ke-phu-cap-" + statementId + "-"
                + memberId + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
