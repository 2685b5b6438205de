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

        List<MemberSheet.RawRow> rows = MemberSheet.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(2, rows.size(), "the blank line is skipped");
        assertEquals("Nguyễn Văn An", rows.get(0).get(Column.FULL_NAME));
        assertEquals(4, rows.get(1).line(), "line numbers count the header and the blank line");
        assertEquals(LocalDate.of(1999, 7, 2), MemberSheet.date(rows.get(1).get(Column.BIRTH_DATE)));
        assertEquals(Gender.FEMALE, MemberSheet.gender(rows.get(1).get(Column.GENDER)));
    }

    @Test
    void theTemplateReadsBackWithItsExampleRow() {
        for (var locale : List.of(Messages.VIETNAMESE, Messages.ENGLISH)) {
            List<MemberSheet.RawRow> rows = MemberSheet.read("mau.xlsx", MemberSheet.template(locale));
            assertEquals(1, rows.size());
            assertEquals("0905123456", rows.get(0).get(Column.PHONE));
            assertEquals(LocalDate.of(2001, 3, 14), MemberSheet.date(rows.get(0).get(Column.BIRTH_DATE)));
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
}
