package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.security.Role;

/**
 * The file downloads as a browser meets them (one FileServlet for the week plan, weekly reports, allowance
 * statements and evidence files): the file with its name, never cached nor sniffed; another commune's file refused
 * with 403 by the service, not only the menu; a path that names no file, or a file that does not exist, 404.
 */
class FileDownloadsIT extends IntegrationTest {

    /** xã An Vinh and xã An Toàn: no other test uses them. */
    private static final String OWN = "21616";
    private static final String OTHER = "21622";

    @Inject
    HttpServletRequest request;

    @Test
    void aCoordinatorGetsTheirCommunesFileAndNeverAnotherCommunes() throws Exception {
        Long own = fixtures.commune(OWN);
        Long other = fixtures.commune(OTHER);
        WebSession coordinator = WebSession.signIn(base(), fixtures.account(Role.COMMUNE_COORDINATOR, own),
                Fixtures.PASSWORD);
        LocalDate thursday = fixtures.nextMonday().plusDays(3);

        HttpResponse<byte[]> plan = coordinator.getBytes("duty/week-plan?commune=" + own + "&week=" + thursday,
                Duration.ofSeconds(30));

        assertEquals(200, plan.statusCode());
        assertEquals("application/pdf", plan.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(plan.body(), 0, 5, StandardCharsets.ISO_8859_1));
        assertEquals("inline; filename*=UTF-8''ke-hoach-truc-" + own + "-" + thursday.minusDays(3) + ".pdf",
                plan.headers().firstValue("Content-Disposition").orElse(""), "a plan opens to be printed");
        assertEquals("nosniff", plan.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(plan.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals(plan.body().length, Integer.parseInt(plan.headers().firstValue("Content-Length").orElse("-1")));

        assertEquals(403, coordinator.getBytes("duty/week-plan?commune=" + other + "&week=" + thursday,
                Duration.ofSeconds(30)).statusCode(), "another commune's plan");
        assertEquals(404, coordinator.getBytes("duty/week-plan?commune=" + own + "&week=thursday",
                Duration.ofSeconds(30)).statusCode(), "no week named");
    }

    @Test
    void aPathThatNamesNoFileOrAMissingFileIsNotFound() throws Exception {
        WebSession province = WebSession.signIn(base(), fixtures.account(Role.PROVINCE_COORDINATOR, null),
                Fixtures.PASSWORD);
        for (String path : new String[] {"report/file/abc.xlsx", "report/file/1.docx", "report/file/999999999.pdf",
                "training/evidence/", "training/evidence/999999999",
                "rating/evidence/x1", "rating/evidence/999999999", "allowance/pdf/1"}) {
            assertEquals(404, province.getBytes(path, Duration.ofSeconds(30)).statusCode(), path);
        }
    }

    private String base() {
        return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    }
}
