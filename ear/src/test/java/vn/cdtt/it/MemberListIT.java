package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.PageRequest;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.Role;

/** The member list: Vietnamese order by given name, search without diacritics, paging in the database. */
class MemberListIT extends IntegrationTest {

    private static final String KBANG = "23638";

    @Inject
    MemberService members;

    @Test
    void membersAreSortedByGivenNameThenFamilyThenMiddleTheVietnameseWay() {
        Long commune = fixtures.commune(KBANG);
        Long team = fixtures.team(commune, "Tổ thử sắp xếp");
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        for (String name : List.of("Nguyễn Văn Đức", "Trần Thị Ánh", "Lê Văn Dũng", "Nguyễn Thị An", "Bùi Anh",
                "Đỗ Văn Ân", "Phạm Thị Anh", "Vũ Văn Bình", "Hoàng Ánh")) {
            var form = Fixtures.form(name);
            form.setTeamId(team);
            members.create(commune, form);
        }
        MemberFilter filter = new MemberFilter();
        filter.setTeamId(team);

        List<String> names = members.search(filter, PageRequest.of(0, 50)).rows().stream().map(MemberRow::fullName).toList();

        assertEquals(List.of("Nguyễn Thị An", "Bùi Anh", "Phạm Thị Anh", "Hoàng Ánh", "Trần Thị Ánh", "Đỗ Văn Ân",
                "Vũ Văn Bình", "Lê Văn Dũng", "Nguyễn Văn Đức"), names);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        Long commune = fixtures.commune(KBANG);
        Long team = fixtures.team(commune, "Tổ thử tìm kiếm");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        for (String name : List.of("Nguyễn Văn An", "Nguyễn Văn Ân", "Đặng Văn An", "Nguyễn Thị Lan")) {
            var form = Fixtures.form(name);
            form.setTeamId(team);
            members.create(commune, form);
        }
        MemberFilter filter = new MemberFilter();
        filter.setTeamId(team);
        filter.setText("nguyen van an");
        List<String> found = members.search(filter, PageRequest.of(0, 50)).rows().stream().map(MemberRow::fullName).toList();
        assertEquals(List.of("Nguyễn Văn An", "Nguyễn Văn Ân"), found);

        filter.setText("DANG");
        found = members.search(filter, PageRequest.of(0, 50)).rows().stream().map(MemberRow::fullName).toList();
        assertEquals(List.of("Đặng Văn An"), found);
    }

    @Test
    void aPhoneIsFoundAsPeopleWriteItWithPlus84OrDots() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        var form = Fixtures.form("Rơ Châm Điệp");
        String phone = Fixtures.uniquePhone();
        form.setPhone(phone);
        members.create(commune, form);
        String national = phone.substring(1);

        for (String typed : List.of(phone, "+84" + national, "+84 " + national.substring(0, 3) + " "
                + national.substring(3, 6) + " " + national.substring(6), "84" + national,
                phone.substring(0, 4) + "." + phone.substring(4, 7) + "." + phone.substring(7), "+84 " + national.substring(0, 5))) {
            MemberFilter filter = new MemberFilter();
            filter.setText(typed);
            List<String> found = members.search(filter, PageRequest.of(0, 50)).rows().stream()
                    .filter(r -> r.phone().equals(phone)).map(MemberRow::fullName).toList();
            assertEquals(List.of("Rơ Châm Điệp"), found, typed);
        }
    }

    @Test
    void pagesComeFromTheDatabaseWithTheTotal() {
        Long commune = fixtures.commune(KBANG);
        Long team = fixtures.team(commune, "Tổ thử phân trang");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        for (int i = 0; i < 7; i++) {
            var form = Fixtures.form("Nguyễn Văn Số" + (char) ('A' + i));
            form.setTeamId(team);
            members.create(commune, form);
        }
        MemberFilter filter = new MemberFilter();
        filter.setTeamId(team);

        var page = members.search(filter, PageRequest.of(5, 5));

        assertEquals(7, page.total());
        assertEquals(2, page.rows().size());
        assertEquals("********", page.rows().get(0).maskedCitizenId().substring(0, 8));
    }
}
