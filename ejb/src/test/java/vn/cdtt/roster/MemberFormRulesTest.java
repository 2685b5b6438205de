package vn.cdtt.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.testing.TestData;

class MemberFormRulesTest {

    private static MemberForm valid() {
        MemberForm f = TestData.form("Nguyễn Văn An");
        f.setPhone("+84 905 123 456");
        return f;
    }

    private static List<String> keys(MemberForm f) {
        return Member.check(f).stream().map(Problem::messageKey).toList();
    }

    /** The messages of the broken rules as the user reads them, in this language. */
    private static List<String> texts(MemberForm f, java.util.Locale locale) {
        return Member.check(f).stream().map(p -> Messages.get(locale, p.messageKey(), p.arguments())).toList();
    }

    @Test
    void eachMessageNamesItsOwnField() {
        MemberForm f = valid();
        f.setEthnicity("=Kinh");
        assertEquals(List.of("Dân tộc không được bắt đầu bằng = + - hoặc @."), texts(f, Messages.VIETNAMESE));
        assertEquals(List.of("Ethnicity cannot start with = + - or @."), texts(f, Messages.ENGLISH));
        f.setEthnicity("<b>Kinh</b>");
        assertEquals(List.of("Dân tộc không được chứa dấu < hoặc >."), texts(f, Messages.VIETNAMESE));
        f.setEthnicity("Kinh");
        f.setFullName("Nguyễn <i>Văn</i> An");
        assertEquals(List.of("Họ và tên không được chứa dấu < hoặc >."), texts(f, Messages.VIETNAMESE));
    }

    @Test
    void anOverlongTextIsRefusedWithItsFieldAndItsLimitNeverCut() {
        MemberForm f = valid();
        f.setEthnicity("Kinh ".repeat(60).strip());
        f.setEmail("a".repeat(140) + "@example.com");
        assertEquals(List.of("Dân tộc quá dài (tối đa 50 ký tự).", "Email quá dài (tối đa 150 ký tự)."),
                texts(f, Messages.VIETNAMESE));
        assertEquals(299, f.getEthnicity().length(), "the form keeps what was typed, whole");
    }

    @Test
    void aCompleteFormBreaksNoRule() {
        assertEquals(List.of(), keys(valid()));
    }

    @Test
    void everyBrokenRuleIsListedInTheOrderOfTheForm() {
        MemberForm f = valid();
        f.setFullName("An");
        f.setBirthDate(VietnamTime.today().minusYears(16).plusDays(1));
        f.setPhone("0205123456");
        f.setCitizenId("12345678901");
        f.setEmail("an@");

        assertEquals(List.of("member.fullName.twoWords", "member.birthDate.tooYoung", "member.phone.invalid",
                "member.email.invalid", "member.citizenId.invalid"), keys(f));
    }

    @Test
    void theMinimumAgeIsGivenToTheMessage() {
        MemberForm f = valid();
        f.setBirthDate(VietnamTime.today().minusYears(10));
        Problem p = Member.check(f).get(0);
        assertEquals("birthDate", p.field());
        assertEquals(16, p.arguments()[0]);
    }

    @Test
    void aBirthDateMoreThanAHundredYearsAgoIsATypingError() {
        MemberForm f = valid();
        f.setBirthDate(LocalDate.of(1901, 1, 1));
        assertEquals(List.of("member.birthDate.invalid"), keys(f));
    }

    @Test
    void joiningTodayInVietnamIsFineButTomorrowIsNot() {
        MemberForm f = valid();
        f.setJoinedOn(VietnamTime.today());
        assertTrue(keys(f).isEmpty());
        f.setJoinedOn(VietnamTime.today().plusDays(1));
        assertEquals(List.of("member.joinedOn.future"), keys(f));
    }

    @Test
    void anEmptyCitizenIdIsMissingOnceNotAlsoMalformed() {
        MemberForm f = valid();
        f.setCitizenId("");
        assertEquals(List.of("member.citizenId.required"), keys(f), "as an empty cell of an import gives it");
    }

    @Test
    void missingValuesSayWhatIsMissing() {
        MemberForm empty = new MemberForm();
        empty.setEthnicity(null);
        assertEquals(List.of("member.fullName.required", "member.birthDate.required", "member.gender.required",
                "member.ethnicity.required", "member.phone.required", "member.citizenId.required",
                "member.joinedOn.required"), keys(empty));
    }
}
