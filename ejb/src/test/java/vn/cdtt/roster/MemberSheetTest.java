package vn.cdtt.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.roster.MemberSheet.Column;

class MemberSheetTest {

    @Test
    void aSemicolonCsvWithByteOrderMarkAndHeadersWithoutDiacriticsIsRead() {
        String csv = "\uFEFFHo va ten;Ngay sinh;Gioi tinh;Dan toc;So dien thoai;So CCCD;Doan vien;Ngay tham gia\n"
                + "Nguyễn Văn An;14/03/2001;Nam;Kinh;0905123456;052201001234;Có;05/01/2026\n"
                + ";;;;;;;\n"
                + "Trần Thị Bình;2/7/1999;nu;Kinh;0905123457;052201001235;khong;05/01/2026\n";

        List<MemberSheet.RawRow> rows = MemberSheet.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8)).rows();

        assertEquals(2, rows.size(), "the blank line is skipped");
        assertEquals("Nguyễn Văn An", rows.get(0).get(Column.FULL_NAME));
        assertEquals(4, rows.get(1).line(), "line numbers count the header and the blank line");
        assertEquals(LocalDate.of(1999, 7, 2), MemberSheet.date(rows.get(1).get(Column.BIRTH_DATE)));
        assertEquals(Gender.FEMALE, MemberSheet.gender(rows.get(1).get(Column.GENDER)));
    }

    @Test
    void theTemplateReadsBackWithItsExampleRow() {
        for (var locale : List.of(Messages.VIETNAMESE, Messages.ENGLISH)) {
            List<MemberSheet.RawRow> rows = MemberSheet.read("mau.xlsx", MemberSheet.template(locale)).rows();
            assertEquals(1, rows.size());
            assertEquals("0905123456", rows.get(0).get(Column.PHONE));
            assertEquals(LocalDate.of(2001, 3, 14), MemberSheet.date(rows.get(0).get(Column.BIRTH_DATE)));
        }
    }

    @Test
    void theTemplatePrintsOnA4LandscapeWithItsHeaderOnEveryPage() throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(MemberSheet.template(Messages.VIETNAMESE)))) {
            vn.cdtt.testing.PrintAssertions.assertPrintsOnA4(wb.getSheetAt(0), true, 0);
        }
    }

    @Test
    void aMissingColumnIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MemberSheet.read("ds.csv", "Họ và tên,Ngày sinh\nAn,01/01/2000\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.header.missing", e.getMessageKey());
        assertEquals("Giới tính", e.getArguments()[0]);
    }

    @Test
    void badValuesAreNamedWithTheirKey() {
        assertEquals("import.date.invalid",
                assertThrows(InvalidInputException.class, () -> MemberSheet.date("31/02/2001")).getMessageKey());
        assertEquals("import.gender.invalid",
                assertThrows(InvalidInputException.class, () -> MemberSheet.gender("X")).getMessageKey());
        assertEquals("import.file.type",
                assertThrows(InvalidInputException.class, () -> MemberSheet.read("ds.pdf", new byte[] {1})).getMessageKey());
    }

    private static final String HEADER = "Họ và tên;Ngày sinh;Giới tính;Dân tộc;Số điện thoại;Số CCCD;Đoàn viên;Ngày tham gia";

    @Test
    void excelsUnicodeTextIsTabDelimitedUtf16() {
        String text = "\uFEFF" + HEADER.replace(';', '\t') + "\r\n"
                + "Rơ Mah Hiền\t02/09/2000\tNữ\tJrai\t0905123458\t052201001236\tKhông\t05/01/2026\r\n";

        List<MemberSheet.RawRow> rows = MemberSheet.read("ds.txt", text.getBytes(StandardCharsets.UTF_16LE)).rows();

        assertEquals("Rơ Mah Hiền", rows.get(0).get(Column.FULL_NAME));
        assertEquals("Jrai", rows.get(0).get(Column.ETHNICITY));
    }

    /** The sheet with the {@link #HEADER} row and one row of these cells, as text. */
    private static org.apache.poi.ss.usermodel.Sheet memberSheet(org.apache.poi.ss.usermodel.Sheet sheet,
            String... data) {
        String[] header = HEADER.split(";");
        for (int r = 0; r < 2; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < header.length; c++) {
                row.createCell(c).setCellValue(r == 0 ? header[c] : data[c]);
            }
        }
        return sheet;
    }

    @Test
    void anOldXlsWorkbookIsReadAndAWorkbookIsKnownByItsContentNotItsName() throws Exception {
        byte[] xls;
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = memberSheet(wb.createSheet(), "Ksor H'Bia", "", "Nữ", "Jrai", "0905123459", "052201001237", "Có",
                    "05/01/2026");
            sheet.getRow(1).getCell(4).setCellValue(905123459d); // typed into a number cell: the 0 is gone
            var birth = sheet.getRow(1).getCell(1);
            birth.setCellValue(LocalDate.of(2002, 12, 31));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            birth.setCellStyle(style);
            wb.write(out);
            xls = out.toByteArray();
        }

        for (String name : List.of("ds.xls", "ds.csv")) {
            List<MemberSheet.RawRow> rows = MemberSheet.read(name, xls).rows();
            assertEquals("Ksor H'Bia", rows.get(0).get(Column.FULL_NAME), name);
            assertEquals(LocalDate.of(2002, 12, 31), MemberSheet.date(rows.get(0).get(Column.BIRTH_DATE)), name);
            assertEquals("0905123459", MemberSheet.phone(rows.get(0).get(Column.PHONE)), name);
        }
        assertEquals(1, MemberSheet.read("ds.csv", MemberSheet.template(Messages.VIETNAMESE)).rows().size(),
                "an .xlsx renamed to .csv is still a workbook");
    }

    @Test
    void daysAreReadWithTheSeparatorsPeopleUse() {
        for (String day : List.of("14/03/2001", "14/3/2001", "14-03-2001", "14.03.2001", "2001-03-14", " 14/03/2001 ")) {
            assertEquals(LocalDate.of(2001, 3, 14), MemberSheet.date(day), day);
        }
        for (String bad : List.of("03/14/2001", "14-03.2001", "2001-02-30", "14/03/01", "hôm qua")) {
            assertEquals("import.date.invalid",
                    assertThrows(InvalidInputException.class, () -> MemberSheet.date(bad)).getMessageKey(), bad);
        }
    }

    @Test
    void aSheetFromTheFieldWithATitleBlockAndItsOwnHeadersIsRead() {
        String csv = "TỈNH ĐOÀN GIA LAI,,,,,,,,\n"
                + "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG,,,,,,,,\n"
                + ",,,,,,,,\n"
                + "STT,Họ tên (*),\"Ngày, tháng, năm sinh\",Nam/Nữ,Dân tộc,SĐT,Số CCCD/CMND,Đoàn viên (Có/Không),"
                + "\"Ngày vào\ntổ\"\n"
                + "1,Siu H'Nhi,01/02/2003,Nữ,Jrai,0905123460,052203001238,Có,05/01/2026\n";

        List<MemberSheet.RawRow> rows = MemberSheet.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8)).rows();

        assertEquals(1, rows.size());
        assertEquals(5, rows.get(0).line(), "the line as the user sees it in the file");
        assertEquals("Siu H'Nhi", rows.get(0).get(Column.FULL_NAME));
        assertEquals("0905123460", rows.get(0).get(Column.PHONE));
        assertEquals("052203001238", rows.get(0).get(Column.CITIZEN_ID));
        assertEquals(LocalDate.of(2026, 1, 5), MemberSheet.date(rows.get(0).get(Column.JOINED_ON)));
    }

    @Test
    void aHeaderRowLackingAColumnIsNamedEvenBelowATitle() {
        String csv = "DANH SÁCH\nHọ và tên,Ngày sinh,Giới tính,Dân tộc,Số CCCD,Đoàn viên,Ngày tham gia\nAn,,,,,,\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MemberSheet.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.header.missing", e.getMessageKey());
        assertEquals("Số điện thoại", e.getArguments()[0]);
    }

    @Test
    void theZerosANumberCellAteAreGivenBack() {
        assertEquals("0905123456", MemberSheet.phone("905123456"));
        assertEquals("0905123456", MemberSheet.phone("905 123 456"));
        assertEquals("0905123456", MemberSheet.phone("0905123456"));
        assertEquals("+84905123456", MemberSheet.phone("+84905123456"), "left for the rules, which know +84");
        assertEquals("123456789", MemberSheet.phone("123456789"), "not a mobile prefix: left to be refused");
        assertEquals("052201001234", MemberSheet.citizenId("52201001234"));
        assertEquals("052201001234", MemberSheet.citizenId("052201001234"));
        assertEquals("5220100123", MemberSheet.citizenId("5220100123"));
    }

    @Test
    void theMemberListIsFoundBehindAnInstructionsSheet() throws Exception {
        byte[] xlsx;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền danh sách ở trang sau.");
            var sheet = memberSheet(wb.createSheet("Danh sách"), "Ksor H'Bia", "01/01/2002", "Nữ", "Jrai", "",
                    "052201001237", "Có", "05/01/2026");
            sheet.getRow(1).getCell(4).setCellValue(905123459d); // typed into a number cell: the 0 is gone
            wb.setActiveSheet(0);
            wb.write(out);
            xlsx = out.toByteArray();
        }

        List<MemberSheet.RawRow> rows = MemberSheet.read("ds.xlsx", xlsx).rows();

        assertEquals("Ksor H'Bia", rows.get(0).get(Column.FULL_NAME));
        assertEquals("0905123459", MemberSheet.phone(rows.get(0).get(Column.PHONE)));
    }

    @Test
    void aSignatureBlockBelowTheListIsLeftOutAndNamed() {
        String csv = HEADER + "\n"
                + "Nguyễn Văn An;14/03/2001;Nam;Kinh;0905123456;052201001234;Có;05/01/2026\n"
                + "Trần Thị Bình;02/07/1999;Nữ;Kinh;0905123457;052201001235;Không;05/01/2026\n"
                + ";;;;;;;\n"
                + ";Gia Lai, ngày 05 tháng 01 năm 2026;;;Người lập biểu;;;\n"
                + ";;;;(ký, ghi rõ họ tên);;;\n"
                + ";;;;Ksor Hơ Nhi;;;\n";

        MemberSheet.Table table = MemberSheet.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"),
                table.rows().stream().map(r -> r.get(Column.FULL_NAME)).toList());
        assertEquals(List.of(5, 6, 7), table.ignored(), "the lines below the blank one, as the user numbers them");
    }

    @Test
    void aRowNumberingTheColumnsUnderTheHeaderIsPartOfTheHeaderNotAnErrorRow() {
        String csv = HEADER + "\n"
                + "(1);(2);(3);(4);(5);(6);(7);(8)\n"
                + "Nguyễn Văn An;14/03/2001;Nam;Kinh;0905123456;052201001234;Có;05/01/2026\n"
                + "A;B;1;2;3;4;5;6\n";

        MemberSheet.Table table = MemberSheet.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(3), table.rows().stream().map(MemberSheet.RawRow::line).limit(1).toList(),
                "the member is line 3, the numbering line 2 is not a row of the list");
        assertEquals(2, table.rows().size(), "the same pattern below a member row is a row to be checked");
        assertEquals(List.of(), table.ignored());
    }

    @Test
    void aRowWithAPhoneOrADateBelowABlankLineIsStillAMember() {
        String csv = HEADER + "\n"
                + "Nguyễn Văn An;14/03/2001;Nam;Kinh;0905123456;052201001234;Có;05/01/2026\n"
                + ";;;;;;;\n"
                + "Trần Thị Bình;;Nữ;Kinh;0905 123 457;;Không;\n"
                + "Lê Văn Cường;;Nam;Kinh;;;;31/02/2026\n";

        MemberSheet.Table table = MemberSheet.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(3, table.rows().size(), "a member row with gaps is checked, and its errors shown, not left out");
        assertEquals(List.of(), table.ignored());
    }

    @Test
    void aTwoRowHeaderWithAMergedGroupCellIsRead() throws Exception {
        byte[] xlsx;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("DS");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH THÀNH VIÊN");
            String[] upper = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Liên hệ", "", "Số CCCD",
                "Đoàn viên", "Ngày tham gia"};
            String[] lower = {"", "", "", "", "", "Số điện thoại", "Email", "", "", ""};
            String[] data = {"1", "Siu H'Nhi", "01/02/2003", "Nữ", "Jrai", "0905123460", "nhi@example.com",
                "052203001238", "Có", "05/01/2026"};
            String[][] rows = {upper, lower, data};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            // "Liên hệ" merged across its two columns; every other header merged down over both rows
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 5, 6));
            for (int c : new int[] {0, 1, 2, 3, 4, 7, 8, 9}) {
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, c, c));
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }

        List<MemberSheet.RawRow> rows = MemberSheet.read("ds.xlsx", xlsx).rows();

        assertEquals(1, rows.size());
        assertEquals(5, rows.get(0).line());
        assertEquals("Siu H'Nhi", rows.get(0).get(Column.FULL_NAME));
        assertEquals("0905123460", rows.get(0).get(Column.PHONE));
        assertEquals("nhi@example.com", rows.get(0).get(Column.EMAIL));
        assertEquals("052203001238", rows.get(0).get(Column.CITIZEN_ID));
    }

    @Test
    void aPictureRenamedCsvIsUnreadableNotAListWithoutColumns() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
            0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66};
        assertEquals("import.file.unreadable", assertThrows(InvalidInputException.class,
                () -> MemberSheet.read("danh-sach.csv", png)).getMessageKey());
    }
}
