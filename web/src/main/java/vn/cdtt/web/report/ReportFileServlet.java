package vn.cdtt.web.report;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.report.WeeklyReports;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.web.common.UserSession;

/**
 * GET /report/file/{id}.xlsx and /report/file/{id}.pdf: an issued weekly report as an attachment. web.xml lets
 * coordinators and viewers into /report/*; the service checks the province and limits a commune coordinator to the
 * province's line and their commune's.
 */
@WebServlet("/report/file/*")
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(xlsx|pdf)");

    @EJB
    transient WeeklyReports reports;

    @Inject
    transient UserSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = Long.valueOf(path.group(1));
        boolean xlsx = "xlsx".equals(path.group(2));
        byte[] file;
        try {
            file = xlsx ? reports.xlsx(id, session.getLocale()) : reports.pdf(id, session.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "application/pdf");
        response.setContentLength(file.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"bao-cao-tuan-" + id + "." + path.group(2)
                + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file);
    }
}
