package vn.cdtt.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.testing.TestData;

/** What a careful clerk types, and how the member rules answer: one message per reason, nothing surprising. */
class CarefulInputTest {

    private static MemberForm form(String fullName) {
        return TestData.form(fullName);
    }

    private static List<String> keys(MemberForm f) {
        return Member.check(f).stream().map(Problem::messageKey).toList();
    }

    @Test
    void aNameWithMarkupIsRefusedWithItsOwnMessage() {
        assertEquals(List.of("input.name.markup"), keys(form("Nguyễn <b>Văn</b> An")));
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        assertEquals(List.of("input.name.control"), keys(form("Nguyễn Văn\u0007 An")));
        assertEquals(List.of("input.name.control"), keys(form("Nguyễn Văn\u202E An")), "a bidi override is invisible");
    }

    @Test
    void aNameStartingLikeASpreadsheetFormulaIsRefused() {
        for (String name : List.of("=HYPERLINK(x) An", "+Nguyễn An", "-Nguyễn An", "@Nguyễn An", "  =Nguyễn An")) {
            assertEquals(List.of("input.name.formula"), keys(form(name)), name);
        }
        assertEquals(List.of(), keys(form("Nguyễn Thị Hồng-Nhung")), "a hyphen inside a name is fine");
    }

    @Test
    void theEthnicityFollowsTheSameRules() {
        MemberForm f = form("Nguyễn Văn An");
        f.setEthnicity("=1+1");
        assertEquals(List.of("input.name.formula"), keys(f));
    }

    @Test
    void aFamilyNameLongerThanItsColumnIsNamedBeforeTheDatabaseRefusesIt() {
        String family = "A".repeat(PersonName.MAX_FAMILY + 1);
        assertEquals(List.of("member.familyName.tooLong"), keys(form(family + " Văn An")));
        assertEquals(List.of("member.givenName.tooLong"), keys(form("Nguyễn Văn " + "B".repeat(51))));
        assertEquals(List.of("member.middleName.tooLong"), keys(form("Nguyễn " + "C".repeat(101) + " An")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PersonName.parse(family + " An"));
        assertEquals("member.familyName.tooLong", e.getMessageKey(), "the entity guards it too");
    }

    @Test
    void aNameWhoseSortKeyWouldNotFitIsTooLong() {
        // 149 characters and every part within its column, but the sort key (three characters a letter) is not
        String name = "A".repeat(45) + " " + "B".repeat(50) + " " + "C".repeat(48) + " Anh";
        assertTrue(name.length() <= PersonName.MAX_FULL);
        assertEquals(List.of("member.fullName.tooLong"), keys(form(name)));
    }

    @Test
    void decomposedVietnameseIsKeptComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        MemberForm f = form(decomposed);
        f.setEthnicity(Normalizer.normalize("Ê Đê", Normalizer.Form.NFD));

        assertEquals("Nguyễn Thị Ánh", f.getFullName());
        assertEquals("Ê Đê", f.getEthnicity());
        assertEquals("Nguyễn Thị Ánh", PersonName.parse(decomposed).full());
        assertEquals(VietnameseText.sortKey("Ánh"), VietnameseText.sortKey(Normalizer.normalize("Ánh",
                Normalizer.Form.NFD)), "sorting does not depend on the form either");
    }

    @Test
    void theSearchTextHoldsNameAndNumbersButNotTheEmail() {
        String text = Member.searchText("Lê Văn Tám", "0905123456", "052201001234");
        assertEquals("le van tam 0905123456 052201001234", text);
        assertFalse(Member.searchText("Trần An", "0905123456", "052201001234").contains("gmail"));
    }

    @Test
    void aSearchForAPhoneTakesItAsTheImportDoes() {
        assertEquals(List.of("0905123456"), Member.searchWords("+84 905 123 456"));
        assertEquals(List.of("0905123456"), Member.searchWords("0905.123.456"));
        assertEquals(List.of("0905123456"), Member.searchWords("84905123456"));
        assertEquals(List.of("0905"), Member.searchWords("+84 905"), "the start of a number");
        assertEquals(List.of("nguyen", "van", "an", "0905123456"), Member.searchWords("Nguyễn Văn An +84905123456"));
        assertEquals(List.of("le", "tam"), Member.searchWords("  Lê  %Tám_ "));
        assertEquals(List.of(), Member.searchWords(null));
    }

    @Test
    void anImpossibleDateInAnImportIsRefusedNotMoved() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MemberSheet.date("31/02/2000"));
        assertEquals("import.date.invalid", e.getMessageKey());
        assertThrows(InvalidInputException.class, () -> MemberSheet.date("29/02/2001"));
        assertEquals(LocalDate.of(2000, 2, 29), MemberSheet.date("29/02/2000"));
    }

    @Test
    void theCommuneColumnIsRecognisedByItsUsualHeaders() {
        List<String> header = List.of("Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Số điện thoại", "Số CCCD",
                "Đoàn viên", "Ngày tham gia", "Xã / Phường");
        assertFalse(MemberSheet.headerIndex(header).containsKey(MemberSheet.Column.COMMUNE),
                "an unknown spelling is not guessed");
        for (String h : List.of("Xã/Phường", "xa phuong", "Commune/ward", "Mã xã", "Xã")) {
            List<String> withCommune = new java.util.ArrayList<>(header.subList(0, 8));
            withCommune.add(h);
            assertEquals(8, MemberSheet.headerIndex(withCommune).get(MemberSheet.Column.COMMUNE), h);
        }
    }

    @Test
    void tenThousandRowsFitInOneFile() {
        assertEquals(10_000, MemberSheet.MAX_ROWS);
    }

    @Test
    void aCatalogueNameIsCheckedAgainstItsColumnAndKeptComposed() {
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> new Skill("x", "K".repeat(CatalogueEntry.MAX_NAME + 1), null));
        assertEquals("catalogue.name.tooLong", tooLong.getMessageKey());
        assertEquals("input.name.formula", assertThrows(InvalidInputException.class,
                () -> new Skill("y", "=cmd", null)).getMessageKey());
        Skill s = new Skill("z", Normalizer.normalize("Số hoá", Normalizer.Form.NFD), "");
        assertEquals("Số hoá", s.getNameVi());
        assertEquals("Số hoá", s.getNameEn(), "no English name: the Vietnamese one");
    }
}
