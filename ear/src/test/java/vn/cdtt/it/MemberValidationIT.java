package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.Role;

/** Bad input is refused with every broken rule named, in Vietnamese (or English), and nothing is stored. */
class MemberValidationIT extends IntegrationTest {

    private static final String KBANG = "23638";

    @Inject
    MemberService members;

    @Test
    void everyBrokenRuleIsListedAndNothingIsStored() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        long before = fixtures.memberCount();
        MemberForm form = Fixtures.form("Nguyễn Văn Tùng");
        form.setPhone("0123");
        form.setCitizenId("12345");
        form.setBirthDate(VietnamTime.today().minusYears(15));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> members.create(commune, form));

        List<String> keys = e.getProblems().stream().map(InvalidInputException.Problem::messageKey).toList();
        assertTrue(keys.containsAll(List.of("member.phone.invalid", "member.citizenId.invalid",
                "member.birthDate.tooYoung")), keys.toString());
        assertEquals(before, fixtures.memberCount());
    }

    @Test
    void messagesAreVietnameseByDefaultAndEnglishOnRequest() {
        assertEquals("Số CCCD phải gồm đúng 12 chữ số.", Messages.get(Messages.VIETNAMESE, "member.citizenId.invalid"));
        assertEquals("Thành viên phải đủ 16 tuổi trở lên.",
                Messages.get(Messages.VIETNAMESE, "member.birthDate.tooYoung", Member.MINIMUM_AGE));
        assertEquals("The citizen ID must be exactly 12 digits.",
                Messages.get(Messages.ENGLISH, "member.citizenId.invalid"));
    }

    @Test
    void aSecondMemberWithTheSameCitizenIdOrPhoneIsRefusedAnywhereInTheProvince() {
        Long kbang = fixtures.commune(KBANG);
        Long other = fixtures.commune("23710");
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        MemberForm first = Fixtures.form("Nguyễn Văn Tùng");
        members.create(kbang, first);

        MemberForm sameIds = Fixtures.form("Lê Thị Hằng");
        sameIds.setCitizenId(first.getCitizenId());
        sameIds.setPhone("+84 " + first.getPhone().substring(1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> members.create(other, sameIds));

        List<String> keys = e.getProblems().stream().map(InvalidInputException.Problem::messageKey).toList();
        assertEquals(List.of("member.phone.taken", "member.citizenId.taken"), keys);
    }

    @Test
    void aMemberTurnsSixteenOnTheirBirthday() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        MemberForm form = Fixtures.form("Đinh Văn Sáu");
        form.setBirthDate(VietnamTime.today().minusYears(16));

        Member m = members.create(commune, form);

        assertEquals(VietnamTime.today().minusYears(16), m.getBirthDate());
    }

    @Test
    void aPhoneWrittenWithPlus84IsStoredAsTenDigits() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        MemberForm form = Fixtures.form("Ksor Y Phi");
        String local = form.getPhone();
        form.setPhone("+84 " + local.substring(1, 4) + " " + local.substring(4));

        assertEquals(local, members.create(commune, form).getPhone());
    }

    @Test
    void vietnameseNamesRoundTripThroughTheDatabase() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String name = "Rơ Mah Thị Ỷ Đặng Nguyễn Hoàng Yến";
        MemberForm form = Fixtures.form(name);
        form.setEthnicity("Ê Đê");

        Long id = members.create(commune, form).getId();

        Member reloaded = members.find(id);
        assertEquals(name, reloaded.getFullName());
        assertEquals("Ê Đê", reloaded.getEthnicity());
        assertEquals("Yến", reloaded.getGivenName());
    }

    @Test
    void joiningInTheFutureIsRefused() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        MemberForm form = Fixtures.form("Nguyễn Văn Tùng");
        form.setJoinedOn(vn.cdtt.common.VietnamTime.today().plusDays(10));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> members.create(commune, form));
        assertEquals("member.joinedOn.future", e.getProblems().get(0).messageKey());
    }
}
