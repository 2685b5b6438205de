package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.Messages;
import vn.cdtt.common.PageRequest;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberImportService;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Importing a member list: every row's errors listed, then all rows stored or none. */
class MemberImportIT extends IntegrationTest {

    private static final String KBANG = "23638";
    private static final String HEADER = "Họ và tên;Ngày sinh;Giới tính;Dân tộc;Số điện thoại;Email;Số CCCD;Đoàn viên;"
            + "Ngày tham gia;Tổ;Kỹ năng;Ngôn ngữ\n";

    @Inject
    MemberImportService imports;

    @Inject
    MemberService members;

    private static String row(String name, String phone, String cccd) {
        return name + ";14/03/2001;Nam;Kinh;" + phone + ";;" + cccd + ";Có;05/01/2026;;;Tiếng Việt\n";
    }

    private static byte[] csv(int rows, int badRow, String marker) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            String phone = i == badRow ? "12345" : Fixtures.uniquePhone();
            sb.append(row("Nguyễn Văn " + marker + i, phone, Fixtures.uniqueCitizenId()));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneBadRowInFiveHundredStoresNothingAndNamesTheRow() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String marker = "Lô" + Fixtures.next() + "x";
        byte[] file = csv(500, 251, marker);
        long before = fixtures.memberCount();

        var preview = imports.preview(commune, "danh-sach.csv", file);

        assertFalse(preview.valid());
        var bad = preview.rows().stream().filter(r -> !r.problems().isEmpty()).toList();
        assertEquals(1, bad.size());
        assertEquals(252, bad.get(0).rowNumber(), "row 251 of the data is line 252 of the sheet");
        assertEquals("member.phone.invalid", bad.get(0).problems().get(0).messageKey());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> imports.commit(commune, "danh-sach.csv", file));
        assertEquals(List.of("row 252"), e.getProblems().stream().map(InvalidInputException.Problem::field).toList());
        assertEquals(before, fixtures.memberCount(), "nothing stored");
    }

    @Test
    void everyProblemOfEveryRowIsListed() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String phone = Fixtures.uniquePhone();
        String file = HEADER
                + row("Nguyễn Văn Một", phone, "123")
                + row("Trần Thị Hai", phone, Fixtures.uniqueCitizenId())
                + "Lê Ba;99/99/2001;Nam;Kinh;" + Fixtures.uniquePhone() + ";;" + Fixtures.uniqueCitizenId()
                + ";Có;05/01/2026;Tổ không có;;\n";

        var preview = imports.preview(commune, "ds.csv", file.getBytes(StandardCharsets.UTF_8));

        var keys = preview.rows().stream().map(r -> r.problems().stream()
                .map(InvalidInputException.Problem::messageKey).toList()).toList();
        assertTrue(keys.get(0).contains("member.citizenId.invalid"), keys.toString());
        assertTrue(keys.get(1).contains("import.phone.duplicateInFile"), keys.toString());
        assertTrue(keys.get(2).contains("import.date.invalid"), keys.toString());
        assertTrue(keys.get(2).contains("import.team.unknown"), keys.toString());
    }

    @Test
    void aSheetFromTheFieldWithATitleBlockDecomposedLettersAndLostZerosIsStoredAsTyped() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String marker = "Đặng" + Fixtures.next() + "x";
        String phone = Fixtures.uniquePhone();
        String cccd = Fixtures.uniqueCitizenId();
        // a title block above the headers; phone and CCCD typed into number cells, so their leading 0 is gone
        String sheet = "TỈNH ĐOÀN GIA LAI\r\nDANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ\r\n\r\n"
                + "STT,Họ tên,Ngày sinh,Nam/Nữ,Dân tộc,SĐT,Số CCCD/CMND,Đoàn viên,Ngày tham gia\r\n"
                + "1,Nguyễn Thị " + marker + ",14/03/2001,Nữ,Kinh," + phone.substring(1) + "," + cccd.substring(1)
                + ",Có,05/01/2026\r\n";
        // decomposed letters, as a Mac writes them
        byte[] file = java.text.Normalizer.normalize(sheet, java.text.Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);

        assertTrue(imports.preview(commune, "ds.csv", file).valid());
        assertEquals(1, imports.commit(commune, "ds.csv", file));

        MemberFilter filter = new MemberFilter();
        filter.setText(marker);
        var stored = members.search(filter, PageRequest.of(0, 10)).rows();
        assertEquals(1, stored.size());
        assertEquals("Nguyễn Thị " + marker, stored.get(0).fullName(), "composed, as typed on the form");
        assertEquals(phone, stored.get(0).phone());
    }

    @Test
    void aCleanFileIsStoredWhole() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String marker = "Sạch" + Fixtures.next() + "x";
        byte[] file = csv(3, -1, marker);

        assertEquals(3, imports.commit(commune, "ds.csv", file));

        MemberFilter filter = new MemberFilter();
        filter.setText(marker);
        assertEquals(3, members.search(filter, PageRequest.of(0, 10)).total());
    }

    @Test
    void theTemplateHasVietnameseHeadersAndReadsBackWithoutErrors() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));

        byte[] template = imports.template(Messages.VIETNAMESE);

        assertEquals(List.of("Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Số điện thoại", "Email", "Số CCCD",
                "Đoàn viên", "Ngày tham gia", "Tổ", "Kỹ năng", "Ngôn ngữ", "Xã/Phường"), headers(template));
        var preview = imports.preview(commune, "mau.xlsx", template);
        assertEquals(1, preview.rows().size(), "the example row");
        assertTrue(preview.valid(), () -> "the example row has no problem: " + preview.problemRows());
    }

    private static List<String> headers(byte[] xlsx) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<String> headers = new java.util.ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            return headers;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCoordinatorCannotImportIntoAnotherCommune() {
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(KBANG)));
        Long other = fixtures.commune("23710");
        assertThrows(AccessDeniedException.class, () -> imports.preview(other, "ds.csv", csv(1, -1, "X")));
        assertThrows(AccessDeniedException.class, () -> imports.commit(other, "ds.csv", csv(1, -1, "X")));
    }

    /** The problems of a preview's row as the coordinator reads them, in Vietnamese. */
    private static List<String> texts(vn.cdtt.roster.ImportRow row) {
        return row.problems().stream().map(p -> Messages.get(Messages.VIETNAMESE, p.messageKey(), p.arguments()))
                .toList();
    }

    @Test
    void aSignatureBlockUnderTheListIsLeftOutNamedAndNeverBlocksTheFile() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String marker = "Ký" + Fixtures.next() + "x";
        String file = HEADER
                + row("Nguyễn Văn " + marker + "a", Fixtures.uniquePhone(), Fixtures.uniqueCitizenId())
                + row("Trần Thị " + marker + "b", Fixtures.uniquePhone(), Fixtures.uniqueCitizenId())
                + ";;;;;;;;;;;\n"
                + ";;;;Người lập biểu;;;;;;;\n"
                + ";;;;(ký, ghi rõ họ tên);;;;;;;\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        var preview = imports.preview(commune, "ds.csv", bytes);

        assertTrue(preview.valid(), () -> "the signature is not a member: " + preview.problemRows());
        assertEquals(List.of(5, 6), preview.ignored());
        assertEquals(2, imports.commit(commune, "ds.csv", bytes), "the two members, not the signature");
        MemberFilter filter = new MemberFilter();
        filter.setText(marker);
        assertEquals(2, members.search(filter, PageRequest.of(0, 10)).total());
    }

    @Test
    void aDuplicateInTheFileNamesBothRows() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String phone = Fixtures.uniquePhone();
        String cccd = Fixtures.uniqueCitizenId();
        String file = HEADER
                + row("Nguyễn Văn Một", phone, cccd)
                + row("Trần Thị Hai", Fixtures.uniquePhone(), Fixtures.uniqueCitizenId())
                + row("Lê Văn Ba", phone, Fixtures.uniqueCitizenId())
                + row("Phạm Thị Bốn", Fixtures.uniquePhone(), cccd);

        var rows = imports.preview(commune, "ds.csv", file.getBytes(StandardCharsets.UTF_8)).rows();

        String last4 = cccd.substring(8);
        assertEquals(List.of("Số điện thoại " + phone + " trùng với dòng 4.", "Số CCCD ********" + last4
                + " trùng với dòng 5."), texts(rows.get(0)));
        assertEquals(List.of(), texts(rows.get(1)));
        assertEquals(List.of("Số điện thoại " + phone + " trùng với dòng 2."), texts(rows.get(2)));
        assertEquals(List.of("Số CCCD ********" + last4 + " trùng với dòng 2."), texts(rows.get(3)));
    }

    @Test
    void everyProblemOfARowNamesItsOwnColumn() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String file = HEADER + "Nguyễn Văn Năm;31/02/2001;Nam;=Kinh;" + Fixtures.uniquePhone() + ";;"
                + Fixtures.uniqueCitizenId() + ";Chắc chắn;05/01/2026;;;\n"
                + "Trần Thị Sáu;14/03/2001;Nữ;<b>Ê Đê</b>;" + Fixtures.uniquePhone() + ";;" + Fixtures.uniqueCitizenId()
                + ";Có;hôm qua;;;\n";

        var rows = imports.preview(commune, "ds.csv", file.getBytes(StandardCharsets.UTF_8)).rows();

        assertEquals(List.of("Ngày sinh: \"31/02/2001\" không phải ngày hợp lệ, cần dạng dd/MM/yyyy.",
                "Đoàn viên: \"Chắc chắn\" không hợp lệ (Có hoặc Không).",
                "Dân tộc không được bắt đầu bằng = + - hoặc @."), texts(rows.get(0)));
        assertEquals(List.of("Ngày tham gia: \"hôm qua\" không phải ngày hợp lệ, cần dạng dd/MM/yyyy.",
                "Dân tộc không được chứa dấu < hoặc >."), texts(rows.get(1)));
        assertTrue(rows.get(0).problems().stream().map(Problem::field).toList().contains("ethnicity"));
    }
}
