package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.PageRequest;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.roster.TeamService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Who may read and change which roster: enforced by the services, by id too. */
class RosterScopeIT extends IntegrationTest {

    private static final String KBANG = "23638"; // xã Kbang
    private static final String IA_BANG = "23710"; // xã Ia Băng

    @Inject
    MemberService members;

    @Inject
    TeamService teams;

    @Test
    void aCommuneCoordinatorCannotReadAnotherCommunesMemberById() {
        Long communeB = fixtures.commune(IA_BANG);
        Long memberOfB = fixtures.member(communeB, "Trần Văn Bảo");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(KBANG)));

        assertThrows(AccessDeniedException.class, () -> members.find(memberOfB));
        assertThrows(AccessDeniedException.class, () -> members.revealCitizenId(memberOfB));
        assertThrows(AccessDeniedException.class, () -> teams.teams(communeB));
    }

    @Test
    void aCommuneCoordinatorCannotChangeAnotherCommunesMember() {
        Long communeB = fixtures.commune(IA_BANG);
        Long memberOfB = fixtures.member(communeB, "Trần Văn Bảo");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(KBANG)));

        assertThrows(AccessDeniedException.class,
                () -> members.update(memberOfB, 0, Fixtures.form("Trần Văn Bảo")));
        assertThrows(AccessDeniedException.class,
                () -> members.changeStatus(memberOfB, 0, MemberStatus.LEFT, vn.cdtt.common.VietnamTime.today(), "x"));
        assertThrows(AccessDeniedException.class, () -> members.create(communeB, Fixtures.form("Lê Thị Cúc")));
    }

    @Test
    void aCommuneCoordinatorListsOnlyTheirCommune() {
        Long communeA = fixtures.commune(KBANG);
        Long communeB = fixtures.commune(IA_BANG);
        fixtures.member(communeB, "Trần Văn Bảo");
        fixtures.member(communeA, "Phan Văn Anh");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, communeA));

        var page = members.search(new MemberFilter(), PageRequest.of(0, 500));
        assertTrue(page.total() > 0);
        assertTrue(page.rows().stream().allMatch(r -> r.communeId().equals(communeA)));
        MemberFilter other = new MemberFilter();
        other.setCommuneId(communeB);
        assertThrows(AccessDeniedException.class, () -> members.search(other, PageRequest.of(0, 10)));
    }

    @Test
    void theProvinceCoordinatorReadsAndChangesAnyCommune() {
        Long communeB = fixtures.commune(IA_BANG);
        Long memberOfB = fixtures.member(communeB, "Trần Văn Bảo");
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));

        var m = members.find(memberOfB);
        members.changeStatus(memberOfB, m.getVersion(), MemberStatus.PAUSED, vn.cdtt.common.VietnamTime.today(), "Đi học");
        assertEquals(MemberStatus.PAUSED, members.find(memberOfB).getStatus());
    }

    @Test
    void aViewerReadsButCannotWrite() {
        Long communeA = fixtures.commune(KBANG);
        Long member = fixtures.member(communeA, "Phan Văn Anh");
        actAs(fixtures.account(Role.VIEWER, null));

        assertEquals("Phan Văn Anh", members.find(member).getFullName());
        assertThrows(AccessDeniedException.class, () -> members.create(communeA, Fixtures.form("Lê Thị Cúc")));
        assertThrows(AccessDeniedException.class, () -> members.update(member, 0, Fixtures.form("Lê Thị Cúc")));
        assertThrows(AccessDeniedException.class, () -> members.revealCitizenId(member));
        assertThrows(AccessDeniedException.class, () -> teams.create(communeA, "Tổ mới", null));
    }

    @Test
    void aMemberSeesOnlyTheirOwnRecord() {
        Long communeA = fixtures.commune(KBANG);
        Long me = fixtures.member(communeA, "Phan Văn Anh");
        Long colleague = fixtures.member(communeA, "Phan Thị Bích");
        actAs(fixtures.account(Role.MEMBER, communeA, me));

        assertEquals(me, members.myRecord().getId());
        assertEquals(me, members.find(me).getId());
        assertThrows(AccessDeniedException.class, () -> members.find(colleague));
        assertThrows(AccessDeniedException.class, () -> members.search(new MemberFilter(), PageRequest.of(0, 10)));
        assertThrows(AccessDeniedException.class, () -> members.update(me, 0, Fixtures.form("Phan Văn Anh")));
    }

    @Test
    void centreStaffCannotReadTheRoster() {
        Long communeA = fixtures.commune(KBANG);
        Long member = fixtures.member(communeA, "Phan Văn Anh");
        actAs(fixtures.account(Role.CENTRE_STAFF, communeA));

        assertThrows(AccessDeniedException.class, () -> members.find(member));
        assertThrows(AccessDeniedException.class, () -> members.search(new MemberFilter(), PageRequest.of(0, 10)));
    }

    @Test
    void nobodySignedInIsRefused() {
        Long member = fixtures.member(fixtures.commune(KBANG), "Phan Văn Anh");
        assertThrows(AccessDeniedException.class, () -> members.find(member));
    }
}
