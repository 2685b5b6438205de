package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cdtt.autoroster.ApplyResult;
import vn.cdtt.autoroster.AutoRosterService;
import vn.cdtt.autoroster.Proposal;
import vn.cdtt.autoroster.RosterPeriod;
import vn.cdtt.autoroster.RunProgress;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * Automatic rostering against the real application: a commune week solved on the managed threads, the proposal
 * never breaking a staffing rule, existing assignments kept, applying after a change refusing only what no longer
 * fits, and who may plan what. Solves are kept short by the province's settings.
 */
class AutoRosterIT extends IntegrationTest {

    /** Communes no other test uses: their only site opens Monday to Friday, mornings and afternoons, two seats. */
    private static final String IA_PA = "21553";
    private static final String CHU_A_THAI = "21589";
    private static final String THIRD = "21592";

    @Inject
    AutoRosterService autoRoster;

    @Inject
    ShiftService shifts;

    @Inject
    AvailabilityService availability;

    @BeforeEach
    void shortSolves() {
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        autoRoster.saveSettings(5, 1000, 50, 30, 20, 5, 10, 40, 5, 1);
    }

    /** Waits for the run to end (the solve stops after a second without improvement). */
    private RunProgress finished(UUID run) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            RunProgress p = autoRoster.progress(run);
            if (p.state() != vn.cdtt.autoroster.RosterRun.State.WAITING
                    && p.state() != vn.cdtt.autoroster.RosterRun.State.SOLVING) {
                return p;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the solve did not end in a minute");
    }

    @Test
    void aCommuneWeekIsFilledBreakingNoRuleKeepingExistingAssignmentsWithOneDigestPerMember() throws Exception {
        Long commune = fixtures.commune(IA_PA);
        List<Long> team = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            team.add(fixtures.member(commune, "Thành viên Ia Pa " + i));
        }
        LocalDate monday = fixtures.nextMonday();
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        shifts.generate(commune, monday, monday.plusDays(6));
        Shift mondayMorning = shifts.week(commune, monday).stream()
                .filter(s -> s.getDate().equals(monday) && s.getPart() == SessionPart.MORNING).findFirst().orElseThrow();
        shifts.assign(mondayMorning.getId(), team.get(0));
        String memberAccount = fixtures.account(Role.MEMBER, commune, team.get(1));
        actAs(memberAccount);
        availability.declare(monday.plusDays(1), SessionPart.MORNING, "Thi học kỳ");

        actAs(coordinator);
        UUID run = autoRoster.start(commune, RosterPeriod.WEEK, monday.plusDays(2), false);
        RunProgress done = finished(run);
        assertEquals(vn.cdtt.autoroster.RosterRun.State.DONE, done.state(), done.toString());
        assertTrue(done.feasible(), done.score());
        Proposal proposal = autoRoster.proposal(run);

        int seats = shifts.week(commune, monday).stream().mapToInt(Shift::getSeats).sum();
        assertEquals(seats - 1, proposal.seats().size(), "every empty seat proposed: " + proposal.empty());
        assertTrue(proposal.empty().isEmpty());
        Set<String> sessions = new HashSet<>();
        Map<Long, Integer> load = new HashMap<>();
        for (Proposal.ProposedSeat s : proposal.seats()) {
            assertTrue(sessions.add(s.memberId() + "@" + s.date() + s.part()), "one place per session: " + s);
            assertFalse(s.memberId().equals(team.get(0)) && s.date().equals(monday) && s.part() == SessionPart.MORNING);
            assertFalse(s.memberId().equals(team.get(1)) && s.date().equals(monday.plusDays(1))
                    && s.part() == SessionPart.MORNING, "not when unavailable");
            load.merge(s.memberId(), 1, Integer::sum);
        }
        load.merge(team.get(0), 1, Integer::sum);
        assertTrue(load.values().stream().allMatch(n -> n <= 5), "at most five sessions a week: " + load);
        assertTrue(proposal.fairness().spread() <= 1, proposal.fairness().toString());

        ApplyResult result = autoRoster.apply(run);
        assertEquals(seats - 1, result.applied());
        assertTrue(result.refused().isEmpty());
        List<Shift> week = shifts.week(commune, monday);
        assertTrue(week.stream().allMatch(s -> s.getFilled() == s.getSeats()), "the board is full");
        assertTrue(mondayMorning(week, monday).getAssignments().stream().map(Assignment::getMember)
                .anyMatch(m -> m.getId().equals(team.get(0))), "the existing assignment stays");
        assertEquals(1, fixtures.notifications(memberAccount, NotificationKind.AUTO_ROSTERED).size(),
                "one digest, not one message per seat");
        assertTrue(fixtures.notifications(memberAccount, NotificationKind.ASSIGNED).isEmpty());
        assertThrows(InvalidInputException.class, () -> autoRoster.apply(run), "applied once");
    }

    private static Shift mondayMorning(List<Shift> week, LocalDate monday) {
        return week.stream().filter(s -> s.getDate().equals(monday) && s.getPart() == SessionPart.MORNING)
                .findFirst().orElseThrow();
    }

    @Test
    void applyingAfterAMemberDeclaredUnavailabilityRefusesOnlyThatSeat() throws Exception {
        Long commune = fixtures.commune(CHU_A_THAI);
        List<Long> team = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            team.add(fixtures.member(commune, "Thành viên Chư A Thai " + i));
        }
        LocalDate monday = fixtures.nextMonday();
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        UUID run = autoRoster.start(commune, RosterPeriod.WEEK, monday, false);
        finished(run);
        Proposal proposal = autoRoster.proposal(run);
        Proposal.ProposedSeat taken = proposal.seats().get(0);

        actAs(fixtures.account(Role.MEMBER, commune, taken.memberId()));
        availability.declare(taken.date(), taken.part(), "Ốm");
        actAs(coordinator);
        ApplyResult result = autoRoster.apply(run);

        assertEquals(1, result.refused().size(), result.refused().toString());
        assertEquals(taken, result.refused().get(0).seat());
        assertEquals("placement.busy", result.refused().get(0).reason().key());
        assertEquals(proposal.seats().size() - 1, result.applied());
    }

    @Test
    void aCommuneCoordinatorPlansOnlyTheirCommuneAndTheProvinceIsPlannedByMonth() throws Exception {
        Long mine = fixtures.commune(THIRD);
        Long other = fixtures.commune(IA_PA);
        LocalDate monday = fixtures.nextMonday();
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, mine);
        actAs(coordinator);
        assertThrows(AccessDeniedException.class, () -> autoRoster.start(other, RosterPeriod.WEEK, monday, false));
        assertThrows(AccessDeniedException.class, () -> autoRoster.start(null, RosterPeriod.MONTH, monday, false));
        UUID run = autoRoster.start(mine, RosterPeriod.WEEK, monday, false);

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, other));
        assertThrows(AccessDeniedException.class, () -> autoRoster.progress(run), "another commune's run");
        assertThrows(AccessDeniedException.class, () -> autoRoster.apply(run));
        actAs(fixtures.account(Role.VIEWER, null));
        assertThrows(AccessDeniedException.class, () -> autoRoster.start(mine, RosterPeriod.WEEK, monday, false));
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        assertEquals("autoroster.province.month", assertThrows(InvalidInputException.class,
                () -> autoRoster.start(null, RosterPeriod.WEEK, monday, false)).getMessageKey());
        autoRoster.stop(run);
        finished(run);
    }
}
