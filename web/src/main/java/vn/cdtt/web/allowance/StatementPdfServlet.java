package vn.cdtt.web.allowance;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cdtt.allowance.MemberAllowances;
import vn.cdtt.common.FileDownload;
import vn.cdtt.web.common.FileServlet;
import vn.cdtt.web.common.UserSession;

/**
 * GET /me/allowance/pdf/{statementId}/{memberId} (the member, their own) and /allowance/pdf/{statementId}/{memberId}
 * (coordinators and viewers, any member of their scope): a member's PDF statement of one month, as an attachment.
 * web.xml lets only members into /me/* and only coordinators and viewers into /allowance/*; the service checks again.
 */
@WebServlet({"/me/allowance/pdf/*", "/allowance/pdf/*"})
public class StatementPdfServlet extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(\\d{1,18})");

    @EJB
    transient MemberAllowances allowances;

    @Inject
    transient UserSession session;

    @Override
    protected FileDownload file(HttpServletRequest request) {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            return null;
        }
        Long statementId = Long.valueOf(path.group(1));
        Long memberId = Long.valueOf(path.group(2));
        return FileDownload.of("bang-ke-phu-cap-" + statementId + "-" + memberId + ".pdf", FileDownload.PDF,
                allowances.pdf(statementId, memberId, session.getLocale()));
    }
}
