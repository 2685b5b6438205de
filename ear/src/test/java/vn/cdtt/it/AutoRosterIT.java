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
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.cdtt.autoroster.ApplyResult;
import vn.cdtt.autoroster.EmptyCause;
import vn.cdtt.autoroster.EmptyGroup;
import vn.cdtt.autoroster.PlanFigures;
import vn.cdtt.autoroster.RosterRun;
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
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.WebSession;
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
    private static final String MOVES = "21673";
    private static final String UNTOUCHED = "21688";
    private static final String REASONS = "21697";
    private static final String ON_BOARD = "21703";

    @Inject
    AutoRosterService autoRoster;

    @Inject
    ShiftService shifts;

    @Inject
    AvailabilityService availability;

    @Inject
    vn.cdtt.autoroster.AutoRosterRuns runs;

    @Inject
    HttpServletRequest request;

    @BeforeEach
    void shortSolves() {
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        autoRoster.saveSettings(5, 1000, 50, 30, 20, 5, 10, 40, 5, 1);
    }

    /** Waits for the run to end (the solve stops after a second without improvement). */
    private RunProgress finished(UUID run) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            RunProgress p = autoRoster.progress(run);
            if (p.state() != RosterRun.State.WAITING && p.state() != RosterRun.State.PREPARING
                    && p.state() != RosterRun.State.SOLVING) {
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
        assertTrue(done.feasible(), done.toString());
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
        assertTrue(proposal.figures().spread() <= 1, proposal.figures().toString());

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

    @Test
    void unpinnedAssignmentCanMovePinnedOnesSurvive() throws Exception {
        Long commune = fixtures.commune(MOVES);
        List<Long> team = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            team.add(fixtures.member(commune, "Thành viên ghim " + i));
        }
        Long busy = team.get(0);
        LocalDate monday = fixtures.nextMonday();
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        shifts.generate(commune, monday, monday.plusDays(6));
        List<Shift> mornings = shifts.week(commune, monday).stream().filter(s -> s.getPart() == SessionPart.MORNING)
                .sorted(java.util.Comparator.comparing(Shift::getDate)).toList();
        // one member holds four mornings: Monday and Tuesday pinned (as every assignment is), Wednesday and Thursday
        // unpinned; 20 seats for 10 members make 2 each, so fairness wants both unpinned seats given to others
        for (int d = 0; d < 4; d++) {
            shifts.assign(mornings.get(d).getId(), busy);
        }
        Assignment unpinned = shifts.pin(mornings.get(2).getId(), busy, false);
        assertFalse(unpinned.isPinned());
        shifts.pin(mornings.get(3).getId(), busy, false);
        shifts.pin(mornings.get(3).getId(), busy, true);
        shifts.pin(mornings.get(3).getId(), busy, false);

        UUID run = autoRoster.start(commune, RosterPeriod.WEEK, monday, false);
        RunProgress done = finished(run);
        assertTrue(done.feasible(), done.toString());
        Proposal proposal = autoRoster.proposal(run);
        List<Proposal.ProposedSeat> moves = proposal.seats().stream().filter(Proposal.ProposedSeat::isMove).toList();
        assertEquals(2, moves.size(), "both unpinned seats go to others: " + proposal.seats());
        assertTrue(moves.stream().allMatch(m -> m.replacesId().equals(busy) && !m.memberId().equals(busy)));
        assertEquals(Set.of(mornings.get(2).getId(), mornings.get(3).getId()),
                Set.copyOf(moves.stream().map(Proposal.ProposedSeat::shiftId).toList()));

        // a restart of the server forgets the run in memory: it comes back from the database, proposal and all
        runs.evict(run);
        assertEquals(proposal, autoRoster.proposal(run));
        assertEquals(vn.cdtt.autoroster.RosterRun.State.DONE, autoRoster.progress(run).state());

        // the member proposed for Thursday declares unavailability then: that move no longer fits, the old one stays
        Proposal.ProposedSeat thursday = moves.stream().filter(m -> m.shiftId().equals(mornings.get(3).getId()))
                .findFirst().orElseThrow();
        actAs(fixtures.account(Role.MEMBER, commune, thursday.memberId()));
        availability.declare(mornings.get(3).getDate(), SessionPart.MORNING, "Đi khám bệnh");

        actAs(coordinator);
        ApplyResult result = autoRoster.apply(run);
        assertEquals(1, result.moved(), result.toString());
        assertEquals(1, result.refused().size(), result.toString());
        assertEquals(thursday, result.refused().get(0).seat());
        Map<Long, Shift> week = new HashMap<>();
        shifts.week(commune, monday).forEach(s -> week.put(s.getId(), s));
        for (int d = 0; d < 2; d++) {
            assertTrue(on(week.get(mornings.get(d).getId()), busy), "pinned assignments survive");
        }
        assertFalse(on(week.get(mornings.get(2).getId()), busy), "the unpinned Wednesday moved");
        assertTrue(on(week.get(mornings.get(2).getId()), moves.stream()
                .filter(m -> m.shiftId().equals(mornings.get(2).getId())).findFirst().orElseThrow().memberId()));
        Shift thursdayShift = week.get(mornings.get(3).getId());
        assertTrue(on(thursdayShift, busy), "the move that no longer fits leaves the old member on the seat");
        assertEquals(vn.cdtt.autoroster.RosterRun.State.APPLIED, autoRoster.progress(run).state());
        assertThrows(InvalidInputException.class, () -> autoRoster.apply(run), "applied once, after a restart too");
        assertFalse(thursdayShift.assignmentOf(thursdayShift.getAssignments().stream().map(Assignment::getMember)
                .filter(m -> m.getId().equals(busy)).findFirst().orElseThrow()).orElseThrow().isPinned(),
                "and still unpinned");
    }

    private static boolean on(Shift shift, Long memberId) {
        return shift.getAssignments().stream().anyMatch(a -> a.getMember().getId().equals(memberId));
    }

    /**
     * A run writes nothing until it is applied: for a week without shifts the proposal plans the shifts the site's
     * sessions call for in memory; no shift exists until Áp dụng, which creates them and fills them.
     */
    @Test
    void aRunWritesNothingUntilItIsApplied() throws Exception {
        Long commune = fixtures.commune(UNTOUCHED);
        for (int i = 0; i < 4; i++) {
            fixtures.member(commune, "Thành viên Chưa Ghi " + i);
        }
        LocalDate monday = fixtures.nextMonday();
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        UUID run = autoRoster.start(commune, RosterPeriod.WEEK, monday, false);
        RunProgress done = finished(run);
        Proposal proposal = autoRoster.proposal(run);
        assertEquals(20, done.emptySeats(), "ten sessions of two seats, planned without a shift: " + done);
        assertEquals(20, proposal.seats().size(), proposal.toString());
        assertTrue(proposal.seats().stream().allMatch(s -> s.shiftId() == null && s.siteId() != null));
        assertEquals(0, fixtures.shiftCount(commune, monday, monday.plusDays(6)), "nothing written before Áp dụng");

        ApplyResult result = autoRoster.apply(run);
        assertEquals(10, result.shiftsCreated());
        assertEquals(20, result.applied(), result.toString());
        assertEquals(10, fixtures.shiftCount(commune, monday, monday.plusDays(6)));
        assertTrue(shifts.week(commune, monday).stream().allMatch(s -> s.getFilled() == s.getSeats()), "filled");
    }

    /**
     * Reasons are true and said once: when every member is away, the empty seats of the session are one line "nobody
     * is free" for the commune – not "no free member speaks Jrai" once per seat – and the progress counts what the
     * plan fills; a run with nothing ahead of it never says it waits for its turn.
     */
    @Test
    void anEmptySessionIsExplainedOnceByWhatKeptEveryMemberAway() throws Exception {
        Long commune = fixtures.commune(REASONS);
        List<Long> team = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            team.add(i < 2 ? fixtures.memberSpeaking(commune, "Rơ Mah Nói Jrai " + i, "vi", "jrai")
                    : fixtures.member(commune, "Thành viên Họp " + i));
        }
        LocalDate monday = fixtures.nextMonday();
        LocalDate thursday = monday.plusDays(3);
        for (Long m : team) {
            actAs(fixtures.account(Role.MEMBER, commune, m));
            availability.declare(thursday, SessionPart.AFTERNOON, "Họp Đoàn xã");
        }
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        UUID run = autoRoster.start(commune, RosterPeriod.WEEK, monday, false);
        assertFalse(autoRoster.progress(run).state() == RosterRun.State.WAITING, "nothing is ahead of this run");
        RunProgress done = finished(run);
        Proposal proposal = autoRoster.proposal(run);

        assertEquals(1, proposal.empty().size(), proposal.empty().toString());
        EmptyGroup group = proposal.empty().get(0);
        assertEquals(EmptyCause.NONE_FREE, group.cause());
        assertEquals(2, group.seats());
        assertEquals(1, group.sessions().size(), "one entry for the session's two seats");
        assertEquals(thursday, group.sessions().get(0).date());
        assertEquals(4, group.sessions().get(0).busy(), "all four declared themselves unavailable");
        assertEquals(18, done.filled(), done.toString());
        assertEquals(20, done.emptySeats());
        assertEquals(18, proposal.figures().filled());
    }

    /**
     * Re-applying says the proposal is on the board: applied once, a second time is refused with that message; and a
     * proposal whose seats were all placed by hand just so changes nothing and says so.
     */
    @Test
    void aProposalAlreadyOnTheBoardSaysSo() throws Exception {
        Long commune = fixtures.commune(ON_BOARD);
        for (int i = 0; i < 4; i++) {
            fixtures.member(commune, "Thành viên Trên Lịch " + i);
        }
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        shifts.generate(commune, monday, monday.plusDays(6));
        UUID run = autoRoster.start(commune, RosterPeriod.WEEK, monday, false);
        finished(run);
        Proposal proposal = autoRoster.proposal(run);
        for (Proposal.ProposedSeat s : proposal.seats()) {
            shifts.assign(s.shiftId(), s.memberId());
        }
        ApplyResult result = autoRoster.apply(run);
        assertTrue(result.allOnBoard(), result.toString());
        assertEquals(proposal.seats().size(), result.onBoard());
        assertEquals("autoroster.applied.already", assertThrows(InvalidInputException.class,
                () -> autoRoster.apply(run)).getMessageKey());
        assertTrue(vn.cdtt.common.Messages.get(java.util.Locale.ENGLISH, "autoroster.applied.already")
                .contains("on the board"));
    }

    /**
     * The province's month explained in a page a phone can load: many communes without members leave thousands of
     * seats empty; the result page groups them by commune and cause, a few groups a page, and stays under 300 KB.
     */
    @Test
    void theProvinceMonthResultPageGroupsItsEmptySeatsAndStaysLight() throws Exception {
        LocalDate month = fixtures.nextWeeks(6).plusWeeks(2).withDayOfMonth(1);
        String province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        actAs(province);
        LocalDate lastDay = month.plusMonths(1).minusDays(1);
        long shiftsBefore = fixtures.shiftCount(month, lastDay);
        UUID run = autoRoster.start(null, RosterPeriod.MONTH, month, false);
        finished(run);
        assertEquals(shiftsBefore, fixtures.shiftCount(month, lastDay), "a province run writes nothing either");
        Proposal proposal = autoRoster.proposal(run);
        assertTrue(proposal.emptySeats() > 2_000, "thousands of empty seats: " + proposal.emptySeats());
        assertTrue(proposal.empty().size() < proposal.emptySeats() / 10, "grouped by commune and cause");

        WebSession web = WebSession.signIn("http://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/", province, Fixtures.PASSWORD);
        HttpResponse<String> page = web.get("autoroster/plan.xhtml?run=" + run, Duration.ofSeconds(60));
        assertEquals(200, page.statusCode());
        int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 300_000, "the result page weighs " + bytes + " bytes");
        assertTrue(page.body().contains("empty-group"), "the reasons are on the page");
        assertTrue(page.body().split("class=\"empty-group\"", -1).length - 1 <= 10, "ten groups a page");
        assertFalse(page.body().contains("hard/"), "no solver score on the page");
    }

    /**
     * The demo's Biển Hồ (loaded in the test deployment too): twenty members with different availability, languages
     * and wishes, and a week without shifts where the solver visibly beats the quick fill – more shifts with a Jrai
     * speaker, more sessions members prefer, fewer they avoid – breaking no rule. The proposal is not applied.
     */
    @Test
    void theDemoCommuneShowsTheSolverBeatingTheQuickFill() throws Exception {
        Long bienHo = fixtures.commune(vn.cdtt.demo.AutoRosterDemo.COMMUNE_CODE);
        LocalDate nextMonday = vn.cdtt.common.VietnamTime.today()
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        actAs(vn.cdtt.demo.AutoRosterDemo.COORDINATOR);
        UUID run = autoRoster.start(bienHo, RosterPeriod.WEEK, nextMonday, false);
        RunProgress done = finished(run);
        assertTrue(done.feasible(), done.toString());
        Proposal proposal = autoRoster.proposal(run);
        PlanFigures plan = proposal.figures();
        PlanFigures quick = proposal.quickFill();
        assertEquals(quick.open(), plan.filled(), "every seat filled: " + plan);
        assertTrue(plan.withSpeaker() > quick.withSpeaker(), plan + " against " + quick);
        assertTrue(plan.preferred() > quick.preferred(), plan + " against " + quick);
        assertTrue(plan.avoided() < quick.avoided(), plan + " against " + quick);
        assertTrue(plan.spread() <= quick.spread(), plan + " against " + quick);
        assertEquals(0, fixtures.shiftCount(bienHo, nextMonday, nextMonday.plusDays(6)), "not applied");
    }
}
