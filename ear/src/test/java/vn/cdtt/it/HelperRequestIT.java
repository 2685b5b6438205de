package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.duty.SwapService;
import vn.cdtt.it.support.ActingCaller;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.request.CommuneFigures;
import vn.cdtt.request.HelperRequest;
import vn.cdtt.request.HelperRequestForm;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestProgress;
import vn.cdtt.request.RequestReason;
import vn.cdtt.request.RequestSeatsOnBoard;
import vn.cdtt.request.RequestSessions;
import vn.cdtt.request.RequestState;
import vn.cdtt.request.RequestTimer;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * Helper requests: the centre asks for its own site, the commune's coordinator accepts (seats go up through the one
 * staffing path) and fills, the centre withdraws and the helpers are freed, and two people racing for the last
 * helper seat never both win.
 */
class HelperRequestIT extends IntegrationTest {

    private static final String KON_GANG = "23701";
    private static final String DAK_RONG = "23644";
    private static final String DAK_SOMEI = "23683";

    @Inject
    HelperRequestService requests;

    @Inject
    ShiftService shifts;

    @Inject
    SwapService swaps;

    @Inject
    MemberService members;

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestTimer timer;

    @Resource
    ManagedExecutorService executor;

    /** Two more helpers on the Friday morning of a week of this test's own, reason VNeID drive. */
    private HelperRequestForm friday(Long siteId, LocalDate monday) {
        HelperRequestForm f = new HelperRequestForm();
        f.setSiteId(siteId);
        f.setFirstDay(monday.with(DayOfWeek.FRIDAY));
        f.setSessions(RequestSessions.MORNING);
        f.setHelpers(2);
        f.setReason(RequestReason.VNEID_DRIVE);
        f.setContactName("Phạm Thị Hoa");
        f.setContactPhone("0905123456");
        f.setAnswerBy(VietnamTime.now().plusDays(1));
        return f;
    }

    private Long siteOf(String staff) {
        actAs(staff);
        return requests.sitesToFileFor().get(0).getId();
    }

    /** The shift of the commune's own centre (not of a site a fixture added) in that session. */
    private Shift shiftOf(Long commune, LocalDate day, SessionPart part) {
        return shifts.week(commune, day).stream().filter(s -> s.getDate().equals(day) && s.getPart() == part
                        && !s.getSite().getName().startsWith(Fixtures.TEST_SITE)).findFirst().orElseThrow();
    }

    @Test
    void aRequestForAPastDayIsRefusedAndNothingIsStored() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        Long site = siteOf(staff);
        HelperRequestForm f = friday(site, fixtures.nextMonday());
        f.setFirstDay(VietnamTime.today().minusDays(1));
        int before = requests.mySite().size();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> requests.file(f));

        assertEquals("request.days.past", e.getMessageKey());
        assertEquals(before, requests.mySite().size());
    }

    @Test
    void badNumbersAndAMissingPhoneAreAllReportedAtOnce() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        HelperRequestForm f = friday(siteOf(staff), fixtures.nextMonday());
        f.setHelpers(50);
        f.setContactPhone("12");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> requests.file(f));

        assertEquals(List.of("request.helpers.invalid", "request.phone.invalid"),
                e.getProblems().stream().map(InvalidInputException.Problem::messageKey).toList());
    }

    @Test
    void aSecondOpenRequestForTheSameSessionPointsToTheFirst() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        LocalDate monday = fixtures.nextMonday();
        HelperRequest first = requests.file(friday(siteOf(staff), monday));
        HelperRequestForm again = friday(siteOf(staff), monday);
        again.setFirstDay(monday.with(DayOfWeek.THURSDAY));
        again.setLastDay(monday.with(DayOfWeek.FRIDAY));
        again.setSessions(RequestSessions.BOTH);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> requests.file(again));

        assertEquals("request.duplicate", e.getMessageKey());
        assertEquals(first.getId(), e.getArguments()[0]);

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        requests.decline(first.getId(), "Đủ người trực");
        actAs(staff);
        assertEquals(RequestState.NEW, requests.file(again).getState(), "a declined request no longer holds the session");
    }

    @Test
    void centreStaffOfAnotherSiteAndCoordinatorsOfAnotherCommuneAreRefused() {
        Long commune = fixtures.commune(KON_GANG);
        Long other = fixtures.commune(DAK_RONG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        Long otherSite = siteOf(fixtures.account(Role.CENTRE_STAFF, other));
        LocalDate monday = fixtures.nextMonday();

        actAs(staff);
        assertThrows(AccessDeniedException.class, () -> requests.file(friday(otherSite, monday)));

        HelperRequest mine = requests.file(friday(siteOf(staff), monday));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, other));
        assertThrows(AccessDeniedException.class, () -> requests.accept(mine.getId()));
        assertThrows(AccessDeniedException.class, () -> requests.progress(mine.getId()));
        actAs(fixtures.account(Role.VIEWER, null));
        assertEquals(RequestState.NEW, requests.progress(mine.getId()).state(), "viewers read");
        assertThrows(AccessDeniedException.class, () -> requests.accept(mine.getId()));
    }

    @Test
    void acceptingRaisesTheSeatsThroughStaffingAndTheDutySlotRuleStillHolds() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        LocalDate monday = fixtures.nextMonday();
        LocalDate thursday = monday.with(DayOfWeek.THURSDAY);
        LocalDate friday = monday.with(DayOfWeek.FRIDAY);
        Long busy = fixtures.member(commune, "Rơ Châm Ly");
        fixtures.shiftAt(commune, friday, LocalTime.of(8, 0), LocalTime.of(10, 0), busy);
        actAs(coordinator);
        Long jrai = catalogue.languages().stream().filter(l -> l.getCode().equals("jrai")).findFirst().orElseThrow()
                .getId();
        MemberForm speaksJrai = Fixtures.form("Ksor H'Ngân");
        speaksJrai.getLanguageIds().add(jrai);
        Member ngan = members.create(commune, speaksJrai);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        shifts.generate(commune, thursday, thursday);
        Long thursdayShift = shiftOf(commune, thursday, SessionPart.MORNING).getId();

        actAs(staff);
        HelperRequestForm f = friday(siteOf(staff), monday);
        f.setFirstDay(thursday);
        f.setLastDay(friday);
        f.getLanguageIds().add(jrai);
        HelperRequest r = requests.file(f);
        assertEquals(1, fixtures.notifications(coordinator, NotificationKind.REQUEST_FILED).size());

        actAs(coordinator);
        long waiting = requests.waiting();
        assertEquals(RequestState.ACCEPTED, requests.accept(r.getId()).getState());
        assertEquals(waiting - 1, requests.waiting(), "the menu badge counts one fewer");
        Shift thu = shiftOf(commune, thursday, SessionPart.MORNING);
        Shift fri = shiftOf(commune, friday, SessionPart.MORNING);
        assertEquals(thursdayShift, thu.getId(), "the existing shift's seats go up");
        assertEquals(4, thu.getSeats());
        assertEquals(4, fri.getSeats(), "the missing shift is created, with the helpers' seats");

        RequestProgress.Session fridaySession = requests.progress(r.getId()).days().get(1);
        List<Member> pick = requests.candidates(fridaySession.id(), null);
        assertEquals(ngan.getId(), pick.get(0).getId(), "who speaks Jrai comes first");
        assertTrue(pick.stream().noneMatch(m -> m.getId().equals(busy)), "who is on duty elsewhere is not offered");
        assertEquals("shift.member.busy", assertThrows(InvalidInputException.class,
                () -> shifts.assign(fri.getId(), busy)).getMessageKey());

        shifts.assign(fri.getId(), an);
        shifts.assign(fri.getId(), ngan.getId());
        RequestProgress.Session filled = requests.progress(r.getId()).days().get(1);
        assertEquals(2, filled.asked());
        assertEquals(0, filled.filled(), "the site's usual two seats are filled first");
        Long third = fixtures.member(commune, "Lê Văn Ba");
        shifts.assign(fri.getId(), third);
        actAs(staff);
        RequestProgress seen = requests.mySite().stream().filter(p -> p.id().equals(r.getId())).findFirst().orElseThrow();
        assertEquals(RequestState.FILLING, seen.state());
        assertEquals(1, seen.days().get(1).filled());
        assertEquals("Lê Văn Ba", seen.days().get(1).helpersComing().get(0).name());
    }

    /**
     * The demo's case: the Friday-morning shift has one of its two usual members, the centre asks for one helper, and a
     * member takes the request's seat from the open board. The seat is the request's, not the free usual one: the
     * centre sees 1/1 with the member's name, and the usual seat is still on the board as the site's own.
     */
    @Test
    void aMemberTakingTheRequestsSeatFromTheOpenBoardServesTheRequestWhileAUsualSeatIsFree() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        LocalDate monday = fixtures.nextMonday();
        TestClock.setNow(monday, LocalTime.of(8, 0)); // the open board looks 30 days ahead
        Long site = siteOf(staff);
        Long shift = fixtures.plannedShift(site, monday.with(DayOfWeek.FRIDAY), SessionPart.MORNING,
                fixtures.member(commune, "Rơ Mah Thường"));
        String helper = fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Siu H'Lan"));
        actAs(staff);
        HelperRequestForm f = friday(site, monday);
        f.setHelpers(1);
        HelperRequest r = requests.file(f);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        requests.accept(r.getId());
        requests.publish(r.getId());

        actAs(helper);
        RequestSeatsOnBoard entry = requests.onOpenBoard(List.of(shift)).get(0);
        assertEquals(r.getId(), entry.requestId(), "the board shows the request's seat as the centre's request");
        assertEquals(1, entry.free());
        assertEquals(2, freeOnBoard(shift), "the request's seat and the free usual one");
        swaps.takeOpenSeat(shift, entry.requestId());

        actAs(staff);
        RequestProgress.Session seen = requests.mySite().stream().filter(p -> p.id().equals(r.getId())).findFirst()
                .orElseThrow().days().get(0);
        assertEquals(1, seen.filled(), "the seat taken from the request's entry is the request's");
        assertEquals(1, seen.asked());
        assertEquals(List.of("Siu H'Lan"), seen.helpersComing().stream().map(RequestProgress.Helper::name).toList());
        actAs(fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Siu H'Mai")));
        assertEquals(0, requests.onOpenBoard(List.of(shift)).get(0).free(), "the request has no seat left");
        assertEquals(1, freeOnBoard(shift), "the usual seat is still free, as the site's own");
        assertEquals("request.seats.none", assertThrows(InvalidInputException.class,
                () -> swaps.takeOpenSeat(shift, r.getId())).getMessageKey(), "no second seat of the request");
    }

    /** The free seats of a shift on the calling member's open board. */
    private int freeOnBoard(Long shiftId) {
        return swaps.openSeats().stream().filter(o -> o.shift().getId().equals(shiftId))
                .mapToInt(SwapService.OpenSeat::free).sum();
    }

    /**
     * The coordinator's pick list of a session fills the request's seats, even while a usual seat is free; the board
     * still puts a member on a usual seat first.
     */
    @Test
    void aMemberPickedForTheRequestTakesItsSeatWhileTheBoardFillsTheUsualOnesFirst() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        LocalDate monday = fixtures.nextMonday();
        Long site = siteOf(staff);
        Long shift = fixtures.plannedShift(site, monday.with(DayOfWeek.FRIDAY), SessionPart.MORNING);
        actAs(staff);
        HelperRequest r = requests.file(friday(site, monday));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        requests.accept(r.getId());

        shifts.assign(shift, fixtures.member(commune, "Đinh Văn Thường"));
        shifts.assign(shift, fixtures.member(commune, "Kpă Hiếu"), r.getId());

        RequestProgress.Session session = requests.progress(r.getId()).days().get(0);
        assertEquals(1, session.filled(), "the pick list's member serves the request");
        assertEquals(List.of("Kpă Hiếu"), session.helpersComing().stream().map(RequestProgress.Helper::name).toList());
    }

    /** A helper who hands the shift over hands over the request's seat: the colleague serves the request. */
    @Test
    void aColleagueWhoTakesOverAHelpersShiftServesTheRequest() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        LocalDate monday = fixtures.nextMonday();
        Long site = siteOf(staff);
        Long shift = fixtures.plannedShift(site, monday.with(DayOfWeek.FRIDAY), SessionPart.MORNING,
                fixtures.member(commune, "Rơ Ô Thường"));
        Long helper = fixtures.member(commune, "Ksor Giao");
        Long colleague = fixtures.member(commune, "Ksor Nhận");
        actAs(staff);
        HelperRequestForm f = friday(site, monday);
        f.setHelpers(1);
        HelperRequest r = requests.file(f);
        actAs(coordinator);
        requests.accept(r.getId());
        shifts.assign(shift, helper, r.getId());

        actAs(fixtures.account(Role.MEMBER, commune, helper));
        Long swap = swaps.ask(shift, colleague).getId();
        actAs(fixtures.account(Role.MEMBER, commune, colleague));
        swaps.accept(swap);
        actAs(coordinator);
        swaps.approve(swap);

        RequestProgress.Session session = requests.progress(r.getId()).days().get(0);
        assertEquals(List.of("Ksor Nhận"), session.helpersComing().stream().map(RequestProgress.Helper::name).toList(),
                "the request's seat changed hands, not a usual one");
    }

    /** Left empty, the answer is asked for by 17:00 the day before the first day. */
    @Test
    void withoutAnAnswerTimeTheCentreAsksForAnAnswerByFiveTheDayBefore() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        LocalDate monday = fixtures.nextMonday();
        HelperRequestForm f = friday(siteOf(staff), monday);
        f.setAnswerBy(null);

        HelperRequest r = requests.file(f);

        assertEquals(monday.with(DayOfWeek.THURSDAY).atTime(17, 0), r.getAnswerBy());
    }

    /**
     * Filed early on the morning of the day itself, the request may be answered until its first session starts, and
     * that is its answer time when none is given (17:00 the day before has passed).
     */
    @Test
    void aRequestForTheSameDayMayBeAnsweredUntilItsFirstSessionStarts() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        LocalDate monday = fixtures.nextMonday();
        LocalDate friday = monday.with(DayOfWeek.FRIDAY);
        TestClock.setNow(friday, LocalTime.of(6, 0));
        HelperRequestForm f = friday(siteOf(staff), monday);
        f.setAnswerBy(friday.atTime(7, 0));
        HelperRequestForm afternoon = friday(siteOf(staff), monday);
        afternoon.setSessions(RequestSessions.AFTERNOON);
        afternoon.setAnswerBy(null);

        assertEquals(friday.atTime(7, 0), requests.file(f).getAnswerBy());
        assertEquals(friday.atTime(13, 30), requests.file(afternoon).getAnswerBy(), "the afternoon session's start");
    }

    @Test
    void withdrawingFreesThePlacedHelpersAndTellsThem() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        LocalDate monday = fixtures.nextMonday();
        LocalDate friday = monday.with(DayOfWeek.FRIDAY);
        Long helper = fixtures.member(commune, "Siu Thị Mai");
        String helperAccount = fixtures.account(Role.MEMBER, commune, helper);
        actAs(staff);
        HelperRequestForm f = friday(siteOf(staff), monday);
        f.setHelpers(1);
        HelperRequest r = requests.file(f);
        actAs(coordinator);
        requests.accept(r.getId());
        Shift fri = shiftOf(commune, friday, SessionPart.MORNING);
        shifts.assign(fri.getId(), fixtures.member(commune, "Đinh Văn Một"));
        shifts.assign(fri.getId(), fixtures.member(commune, "Đinh Văn Hai"));
        requests.publish(r.getId());
        actAs(helperAccount);
        swaps.takeOpenSeat(fri.getId());
        actAs(staff);
        assertEquals(1, requests.progress(r.getId()).getFilledSeats());

        assertEquals(RequestState.CANCELLED, requests.cancel(r.getId()).getState());

        actAs(coordinator);
        Shift after = shiftOf(commune, friday, SessionPart.MORNING);
        assertEquals(2, after.getSeats(), "the seats go back to the site's usual ones");
        assertTrue(after.getAssignments().stream().noneMatch(a -> a.getMember().getId().equals(helper)));
        assertEquals(2, after.getFilled(), "the usual members stay");
        assertEquals(1, fixtures.notifications(helperAccount, NotificationKind.REMOVED).size());
        assertEquals(1, fixtures.notifications(coordinator, NotificationKind.REQUEST_CANCELLED).size());
        assertTrue(fixtures.auditCount("HelperRequest", r.getId(), "UPDATE") >= 2);
    }

    @Test
    void atTheStartARequestIsFilledOrShortAndAfterTheLastSessionDone() {
        Long commune = fixtures.commune(KON_GANG);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        LocalDate monday = fixtures.nextMonday();
        actAs(staff);
        HelperRequest r = requests.file(friday(siteOf(staff), monday));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        requests.accept(r.getId());

        LocalDate friday = monday.with(DayOfWeek.FRIDAY);
        timer.run(LocalDateTime.of(friday, LocalTime.of(7, 30)));
        assertEquals(RequestState.SHORT, requests.progress(r.getId()).state());
        timer.run(LocalDateTime.of(friday, LocalTime.of(12, 0)));
        assertEquals(RequestState.DONE, requests.progress(r.getId()).state());

        actAs(staff);
        assertEquals("request.rating.invalid", assertThrows(InvalidInputException.class,
                () -> requests.rate(r.getId(), "  ")).getMessageKey(), "an empty rating is refused");
        assertEquals("Hai bạn hỗ trợ nhiệt tình, người dân hài lòng.",
                requests.rate(r.getId(), "Hai bạn hỗ trợ nhiệt tình, người dân hài lòng.").getRating());
    }

    /**
     * In a commune no other test uses (so every reminder of it is this test's): a request left unanswered reminds
     * the commune's coordinators once after 24 hours, not before; accepted but still short, it warns the province
     * once 48 hours before its start, not earlier.
     */
    @Test
    void anUnansweredRequestRemindsOnceAfterADayAndAShortOneWarnsTheProvinceTwoDaysBefore() {
        Long commune = fixtures.commune("21583");
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        String province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        LocalDate monday = fixtures.nextMonday();
        actAs(staff);
        HelperRequest r = requests.file(friday(siteOf(staff), monday));
        LocalDateTime filed = r.getFiledAt();

        timer.run(filed.plusHours(23));
        assertEquals(0, fixtures.notifications(coordinator, NotificationKind.REQUEST_WAITING).size(),
                "not reminded before a day has passed");
        timer.run(filed.plusHours(25));
        timer.run(filed.plusHours(26));
        assertEquals(1, fixtures.notifications(coordinator, NotificationKind.REQUEST_WAITING).size(),
                "reminded once, however often the timer runs");

        actAs(coordinator);
        requests.accept(r.getId());
        LocalDateTime start = LocalDateTime.of(monday.with(DayOfWeek.FRIDAY), LocalTime.of(7, 30));
        java.util.function.Supplier<Long> warnings = () -> fixtures.notifications(province, NotificationKind.REQUEST_SHORT)
                .stream().filter(m -> m.contains("công phường Quy Nhơn")).count();
        long before = warnings.get();
        timer.run(start.minusHours(49));
        assertEquals(before, warnings.get(), "no warning earlier than 48 hours before the start");
        timer.run(start.minusHours(47));
        timer.run(start.minusHours(46));
        assertEquals(before + 1, warnings.get(), "the province is warned once while it is short");
    }

    @Test
    void theProvinceSeesEachCommunesAnswerTimeAndFilledShare() {
        Long commune = fixtures.commune(DAK_SOMEI);
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        String province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        actAs(province);
        CommuneFigures before = figuresOf(commune);
        LocalDate monday = fixtures.nextMonday();
        LocalDateTime filed = VietnamTime.now();
        actAs(staff);
        HelperRequest r = requests.file(friday(siteOf(staff), monday));
        TestClock.setNow(filed.plusHours(3));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        requests.accept(r.getId());
        Shift fri = shiftOf(commune, monday.with(DayOfWeek.FRIDAY), SessionPart.MORNING);
        shifts.assign(fri.getId(), fixtures.member(commune, "Y Một"));
        shifts.assign(fri.getId(), fixtures.member(commune, "Y Hai"));
        shifts.assign(fri.getId(), fixtures.member(commune, "Y Ba"));
        timer.run(LocalDateTime.of(fri.getDate(), fri.getStartTime()));

        actAs(province);
        CommuneFigures after = figuresOf(commune);
        assertEquals(before.answered() + 1, after.answered());
        assertEquals(before.seatsAsked() + 2, after.seatsAsked(), "two helpers, one session");
        assertEquals(before.seatsFilled() + 1, after.seatsFilled(), "one of them came from the pick list");
        if (before.answered() == 0) {
            assertEquals(3.0, after.answerHours(), 0.1);
            assertEquals(50, after.getFilledPercent());
        }
    }

    private CommuneFigures figuresOf(Long commune) {
        return requests.figures(30).stream().filter(f -> f.communeId().equals(commune)).findFirst()
                .orElse(new CommuneFigures(commune, "", 0, 0, null, 0, 0));
    }

    @Test
    void twoMembersRacingForTheLastHelperSeatNeverBothWin() throws Exception {
        Long commune = fixtures.commune(KON_GANG);
        Shift shift = oneHelperSeatLeft(commune, 1);
        List<String> racers = List.of(
                fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Rơ Mah Hiền")),
                fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Kpă Thị Lan")));

        List<String> outcomes = race(racers.stream().<Callable<String>>map(account -> () -> {
            ActingCaller.actAs(account);
            swaps.takeOpenSeat(shift.getId());
            return "taken";
        }).toList());

        assertEquals(1, outcomes.stream().filter("taken"::equals).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter("shift.full"::equals).count(), outcomes.toString());
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift after = shiftOf(commune, shift.getDate(), shift.getPart());
        assertEquals(3, after.getFilled());
        assertEquals(3, after.getSeats());
        Long requestId = requestOn(after);
        actAs(fixtures.account(Role.CENTRE_STAFF, commune));
        assertEquals(1, requests.progress(requestId).getFilledSeats(), "the winner serves the request");
    }

    @Test
    void aCoordinatorLoweringTheHelpersWhileAMemberTakesTheSeatHasOneWinner() throws Exception {
        Long commune = fixtures.commune(KON_GANG);
        Shift shift = oneHelperSeatLeft(commune, 2);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        String member = fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Nay Thị Hương"));
        Long requestId = requestOn(shift);

        List<String> outcomes = race(List.of(() -> {
            ActingCaller.actAs(member);
            swaps.takeOpenSeat(shift.getId());
            return "taken";
        }, () -> {
            ActingCaller.actAs(coordinator);
            requests.changeHelpers(requestId, 1);
            return "lowered";
        }));

        assertEquals(1, outcomes.stream().filter(o -> o.equals("taken") || o.equals("lowered")).count(),
                outcomes.toString());
        assertTrue(outcomes.contains("shift.full") || outcomes.contains("shift.seats.belowFilled"), outcomes.toString());
        actAs(coordinator);
        Shift after = shiftOf(commune, shift.getDate(), shift.getPart());
        assertEquals(after.getSeats(), after.getFilled(), "the seats and the members on them agree");
    }

    /**
     * A Friday-morning shift with its two usual members and an accepted request for {@code helpers} helpers, all placed
     * but one: one seat free.
     */
    private Shift oneHelperSeatLeft(Long commune, int helpers) {
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        LocalDate monday = fixtures.nextMonday();
        actAs(staff);
        HelperRequestForm f = friday(siteOf(staff), monday);
        f.setHelpers(helpers);
        HelperRequest r = requests.file(f);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        requests.accept(r.getId());
        Shift fri = shiftOf(commune, monday.with(DayOfWeek.FRIDAY), SessionPart.MORNING);
        List<String> names = List.of("Rơ Lan Một", "Rơ Lan Hai", "Rơ Lan Ba", "Rơ Lan Bốn");
        for (int i = 0; i < 2 + helpers - 1; i++) {
            shifts.assign(fri.getId(), fixtures.member(commune, names.get(i)));
        }
        ActingCaller.clear();
        return fri;
    }

    private Long requestOn(Shift shift) {
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        Long id = requests.list(shift.getCommuneId(), true).stream()
                .filter(p -> p.firstDay().equals(shift.getDate())).findFirst().orElseThrow().id();
        ActingCaller.clear();
        return id;
    }

    /** Runs the actions at the same moment; each returns its result, or the message key it was refused with. */
    private List<String> race(List<Callable<String>> actions) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Callable<String> action : actions) {
            results.add(executor.submit(() -> {
                try {
                    start.await();
                    return action.call();
                } catch (BusinessException e) {
                    return e.getMessageKey();
                } finally {
                    ActingCaller.clear();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
