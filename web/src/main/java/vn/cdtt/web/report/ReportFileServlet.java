package vn.cdtt.web.report;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cdtt.common.FileDownload;
import vn.cdtt.report.WeeklyReports;
import vn.cdtt.web.common.FileServlet;
import vn.cdtt.web.common.UserSession;

/**
 * GET /report/file/{id}.xlsx and /report/file/{id}.pdf: an issued weekly report as an attachment. web.xml lets
 * coordinators and viewers into /report/*; the service checks the province and limits a commune coordinator to the
 * province's line and their commune's.
 */
@WebServlet("/report/file/*")
public class ReportFileServlet extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(xlsx|pdf)");

    @EJB
    transient WeeklyReports reports;

    @Inject
    transient UserSession session;

    @Override
    protected FileDownload file(HttpServletRequest request) {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            return null;
        }
        Long id = Long.valueOf(path.group(1));
        String name = "bao-cao-tuan-" + id + "." + path.group(2);
        return "xlsx".equals(path.group(2))
                ? FileDownload.of(name, FileDownload.XLSX, reports.xlsx(id, session.getLocale()))
                : FileDownload.of(name, FileDownload.PDF, reports.pdf(id, session.getLocale()));
    }
}
