package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.roster.Team;
import vn.cdtt.roster.TeamRow;
import vn.cdtt.roster.TeamService;
import vn.cdtt.security.Role;

/** Teams of a commune: a leader and a deputy from the team; a team with members is renamed, not removed. */
class TeamIT extends IntegrationTest {

    private static final String KBANG = "23638";

    @Inject
    TeamService teams;

    @Inject
    MemberService members;

    private Member memberOf(Long commune, Team team, String name) {
        MemberForm form = Fixtures.form(name);
        form.setTeamId(team == null ? null : team.getId());
        return members.create(commune, form);
    }

    @Test
    void aTeamGetsALeaderAndADeputyFromItsOwnMembers() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Team team = teams.create(commune, "Tổ làng Kon Tum " + Fixtures.next(), "Làng Kon Tum");
        Member leader = memberOf(commune, team, "Đinh Văn Hùng");
        Member deputy = memberOf(commune, team, "Y Thị Hoa");
        Member outsider = memberOf(commune, null, "Lê Văn Ngoài");

        assertThrows(InvalidInputException.class,
                () -> teams.update(team.getId(), team.getVersion(), team.getName(), null, outsider.getId(), null));
        assertThrows(InvalidInputException.class,
                () -> teams.update(team.getId(), team.getVersion(), team.getName(), null, leader.getId(), leader.getId()));
        teams.update(team.getId(), team.getVersion(), team.getName(), "Làng Kon Tum", leader.getId(), deputy.getId());

        TeamRow row = teams.teams(commune).stream().filter(t -> t.id().equals(team.getId())).findFirst().orElseThrow();
        assertEquals("Đinh Văn Hùng", row.leaderName());
        assertEquals("Y Thị Hoa", row.deputyName());
        assertEquals(2, row.activeMembers());
    }

    @Test
    void aLeaderWhoLeavesNoLongerLeads() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Team team = teams.create(commune, "Tổ thôn 3 " + Fixtures.next(), null);
        Member leader = memberOf(commune, team, "Đinh Văn Hùng");
        Team led = teams.update(team.getId(), team.getVersion(), team.getName(), null, leader.getId(), null);

        members.changeStatus(leader.getId(), members.find(leader.getId()).getVersion(), MemberStatus.LEFT,
                LocalDate.of(2026, 6, 1), "Chuyển công tác");

        TeamRow row = teams.teams(commune).stream().filter(t -> t.id().equals(led.getId())).findFirst().orElseThrow();
        assertNull(row.leaderId());
        assertEquals(0, row.activeMembers());
    }

    @Test
    void aTeamWithMembersCannotBeRemovedButAnEmptyOneCan() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Team busy = teams.create(commune, "Tổ có người " + Fixtures.next(), null);
        memberOf(commune, busy, "Đinh Văn Hùng");
        Team empty = teams.create(commune, "Tổ trống " + Fixtures.next(), null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> teams.delete(busy.getId()));
        assertEquals("team.delete.hasMembers", e.getMessageKey());
        teams.delete(empty.getId());

        assertEquals(0, teams.teams(commune).stream().filter(t -> t.id().equals(empty.getId())).count());
    }

    @Test
    void twoTeamsOfACommuneCannotShareAName() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String name = "Tổ trùng tên " + Fixtures.next();
        teams.create(commune, name, null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> teams.create(commune, "  " + name + " ", null));
        assertEquals("team.name.taken", e.getMessageKey());
    }
}
