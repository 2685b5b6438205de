package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.Messages;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.PrintedSheets;
import vn.cdtt.roster.MemberExportService;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** The exported list is the filtered list, in the user's language, with citizen IDs masked. */
class MemberExportIT extends IntegrationTest {

    @Inject
    MemberExportService exporter;

    @Inject
    MemberService members;

    @Test
    void theFilteredListIsExportedWithVietnameseHeadersAndMaskedCitizenIds() throws Exception {
        Long commune = fixtures.commune("23638");
        Long team = fixtures.team(commune, "Tổ xuất Excel");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        for (String name : new String[] {"Trần Thị Bích", "Lê Văn An"}) {
            MemberForm form = Fixtures.form(name);
            form.setTeamId(team);
            members.create(commune, form);
        }
        MemberFilter filter = new MemberFilter();
        filter.setTeamId(team);

        byte[] xlsx = exporter.export(filter, Messages.VIETNAMESE);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Họ và tên", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
            assertEquals("Lê Văn An", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Trần Thị Bích", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("********", sheet.getRow(1).getCell(6).getStringCellValue().substring(0, 8));
            PrintedSheets.assertPrintsOnA4(sheet, true, 0);
        }
    }

    @Test
    void aMemberCannotExportTheRoster() {
        Long commune = fixtures.commune("23638");
        actAs(fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Lê Văn An")));
        assertThrows(AccessDeniedException.class, () -> exporter.export(new MemberFilter(), Messages.VIETNAMESE));
    }
}
