package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.WeekPlan;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * "In kế hoạch tuần" (issue 12 §4): the commune's week as an A4 landscape PDF with the members on duty and their
 * phones, the commune, the week's dates and when it was printed; a commune coordinator prints their own commune only.
 */
class WeekPlanIT extends IntegrationTest {

    private static final String IA_PA = "23947";
    private static final String OTHER = "24073";

    @Inject
    WeekPlan plans;

    @Inject
    MemberService members;

    @Test
    void aCoordinatorPrintsTheirCommunesWeekWithNamesAndPhones() throws IOException {
        Long commune = fixtures.commune(IA_PA);
        LocalDate monday = fixtures.nextMonday();
        Long hoa = fixtures.member(commune, "Rơ Châm Hoa");
        Long tuan = fixtures.member(commune, "Nay Văn Tuấn");
        Long lan = fixtures.member(commune, "Kpă Thị Lan");
        fixtures.shiftAt(commune, monday, LocalTime.of(7, 30), LocalTime.of(11, 30), hoa, tuan);
        fixtures.shiftAt(commune, monday.plusDays(2), LocalTime.of(13, 30), LocalTime.of(17, 0), lan);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        String hoaPhone = members.find(hoa).getPhone();
        String lanPhone = members.find(lan).getPhone();

        byte[] pdf = plans.pdf(commune, monday.plusDays(3), Messages.VIETNAMESE);

        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            assertTrue(reader.getPageSizeWithRotation(1).getWidth() > reader.getPageSizeWithRotation(1).getHeight(),
                    "A4 landscape");
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("KẾ HOẠCH TRỰC TUẦN"), text);
            assertTrue(text.contains(monday.format(VietnamTime.DATE)) && text.contains(monday.plusDays(6)
                    .format(VietnamTime.DATE)), "the week's dates: " + text);
            assertTrue(text.contains("In lúc " + VietnamTime.today().format(VietnamTime.DATE)), text);
            for (String expected : new String[]{"Rơ Châm Hoa", hoaPhone, "Nay Văn Tuấn", "Kpă Thị Lan", lanPhone,
                    "Buổi sáng", "Buổi chiều", "Thứ Hai", "07:30–11:30", "Còn thiếu 1 người"}) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void aCommuneCoordinatorCannotPrintAnotherCommunesWeek() {
        Long commune = fixtures.commune(IA_PA);
        Long other = fixtures.commune(OTHER);
        LocalDate monday = fixtures.nextMonday();
        fixtures.shiftAt(other, monday, LocalTime.of(7, 30), LocalTime.of(11, 30),
                fixtures.member(other, "Siu Văn Khánh"));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertThrows(AccessDeniedException.class, () -> plans.pdf(other, monday, Messages.VIETNAMESE));
        actAs(fixtures.account(Role.MEMBER, other, fixtures.member(other, "Siu Thị Mai")));
        assertThrows(AccessDeniedException.class, () -> plans.pdf(other, monday, Messages.VIETNAMESE));

        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        assertTrue(plans.pdf(other, monday, Messages.ENGLISH).length > 1000, "the province coordinator: any commune");
    }
}
