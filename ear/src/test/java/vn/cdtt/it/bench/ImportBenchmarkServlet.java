package vn.cdtt.it.bench;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.cdtt.it.support.ActingCaller;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.ImportFiles;
import vn.cdtt.roster.ImportPreview;
import vn.cdtt.roster.MemberImportService;
import vn.cdtt.security.Role;

/**
 * Test-only: times the member import of one .xlsx of {@code rows} members as the province coordinator (a commune
 * column names the commune of every row): preview, then import. Answers "bytes=…;previewMs=…;commitMs=…;stored=…".
 */
@WebServlet("/test-fixtures/import-benchmark")
public class ImportBenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient MemberImportService imports;

    @EJB
    transient Fixtures fixtures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int rows = Integer.parseInt(request.getParameter("rows"));
        byte[] file = ImportFiles.xlsx(rows, fixtures.nextImportBase(), "Đo" + Fixtures.next(), "Kbang");
        ActingCaller.actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        try {
            long t0 = System.nanoTime();
            ImportPreview preview = imports.preview(null, "do-luong.xlsx", file);
            long t1 = System.nanoTime();
            if (!preview.valid()) {
                throw new IllegalStateException("generated file has problems: " + preview.problemRows().get(0));
            }
            int stored = imports.commit(null, "do-luong.xlsx", file);
            long t2 = System.nanoTime();
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("bytes=" + file.length + ";previewMs=" + (t1 - t0) / 1_000_000 + ";commitMs="
                    + (t2 - t1) / 1_000_000 + ";stored=" + stored);
        } finally {
            ActingCaller.clear();
        }
    }
}
