package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.StatementCounter;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.dashboard.Dashboard;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.rating.RatingService;
import vn.cdtt.request.HelperRequest;
import vn.cdtt.request.HelperRequestForm;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestReason;
import vn.cdtt.request.RequestSessions;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.Role;

/**
 * The province's pages read their figures with a fixed number of statements, whatever the number of communes or
 * rows: an N+1 query (one more statement per commune, per row) breaks the budget here, in CI, before the benchmark
 * (README, "Benchmark") would show it. The test server counts statements (CDTT_COUNT_STATEMENTS); the services run
 * on this test's thread, so {@link StatementCounter} sees every statement they send.
 */
class StatementBudgetIT extends IntegrationTest {

    /** A commune no other test uses, for the member list's own members. */
    private static final String LIST_COMMUNE = "21553";

    /**
     * What the services take today (21 and 15 statements; the benchmark's pages, 27 and 19, add the page's own
     * reads), with some room; one statement per commune would take 135 more.
     */
    private static final int DASHBOARD_BUDGET = 30;
    private static final int RATINGS_BUDGET = 25;
    /** What the centre's page reads on each refresh, whatever the number of its requests and of their helpers. */
    private static final int CENTRE_REQUESTS_BUDGET = 15;

    /** A commune whose centre's requests are this test's alone. */
    private static final String CENTRE_COMMUNE = "24076";

    @Inject
    Dashboard dashboard;

    @Inject
    RatingService ratings;

    @Inject
    MemberService members;

    @Inject
    HelperRequestService requests;

    @Inject
    ShiftService shifts;

    /** The statements a call sends, after a first call has filled the caches as a page's earlier visits would. */
    private static int statements(Supplier<?> call) {
        call.get();
        StatementCounter.reset();
        call.get();
        int n = StatementCounter.count();
        assertTrue(n > 0, "the test server counts statements (CDTT_COUNT_STATEMENTS)");
        return n;
    }

    @Test
    void theWholeProvincesDashboardTakesAsFewStatementsAsOneCommunes() {
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        Long commune = fixtures.commune(LIST_COMMUNE);

        int province = statements(() -> dashboard.view(null));
        int one = statements(() -> dashboard.view(commune));

        assertTrue(province <= DASHBOARD_BUDGET, province + " statements for 135 communes");
        assertTrue(province <= one + 2, province + " for the province, " + one + " for one commune");
    }

    @Test
    void everyCommunesRatingOfTheWeekTakesAFixedNumberOfStatements() {
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        LocalDate monday = LocalDate.of(2026, 3, 2).with(DayOfWeek.MONDAY);

        int week = statements(() -> ratings.ratingsForWeek(monday));

        assertTrue(week <= RATINGS_BUDGET, week + " statements to rate 135 communes");
    }

    @Test
    void aPageOfFiftyMembersTakesAsManyStatementsAsAPageOfFive() {
        Long commune = fixtures.commune(LIST_COMMUNE);
        String marker = "Ngân sách" + Fixtures.next() + "x";
        for (int i = 0; i < 50; i++) {
            fixtures.member(commune, "Nguyễn " + marker + " Thành Viên" + i);
        }
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        MemberFilter filter = new MemberFilter();
        filter.setText(marker);

        int five = statements(() -> members.search(filter, PageRequest.of(0, 5)));
        int fifty = statements(() -> members.search(filter, PageRequest.of(0, 50)));

        assertEquals(50, members.search(filter, PageRequest.of(0, 50)).rows().size());
        assertEquals(five, fifty, "a page's statements do not grow with its rows");
    }

    /**
     * The centre's page refreshes its requests every 30 seconds: one request with one helper, or six with their helpers
     * from across the commune, take the same statements.
     */
    @Test
    void theCentresRequestsRefreshWithTheSameStatementsForOneRequestOrSix() {
        Long commune = fixtures.commune(CENTRE_COMMUNE);
        Long site = fixtures.centreOf(commune);
        String staff = fixtures.staffOf(site);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        LocalDate monday = fixtures.nextWeeks(2);
        filledRequest(staff, coordinator, site, monday, 1);

        actAs(staff);
        int one = statements(requests::mySite);
        for (int day = 1; day <= 5; day++) {
            filledRequest(staff, coordinator, site, monday.plusDays(day == 5 ? 7 : day), 2);
        }
        actAs(staff);
        int six = statements(requests::mySite);

        assertEquals(6, requests.mySite().stream().filter(p -> !p.firstDay().isBefore(monday)).count());
        assertTrue(six <= CENTRE_REQUESTS_BUDGET, six + " statements for six requests");
        assertEquals(one, six, "the refresh does not grow with the requests and their helpers");
    }

    /** An accepted request for the morning of {@code day} with its {@code helpers} helpers placed. */
    private void filledRequest(String staff, String coordinator, Long site, LocalDate day, int helpers) {
        Long commune = fixtures.commune(CENTRE_COMMUNE);
        actAs(staff);
        HelperRequestForm f = new HelperRequestForm();
        f.setSiteId(site);
        f.setFirstDay(day);
        f.setSessions(RequestSessions.MORNING);
        f.setHelpers(helpers);
        f.setReason(RequestReason.VNEID_DRIVE);
        f.setContactName("Phạm Thị Hoa");
        f.setContactPhone("0905123456");
        f.setAnswerBy(VietnamTime.now().plusDays(1));
        HelperRequest r = requests.file(f);
        actAs(coordinator);
        requests.accept(r.getId());
        Long shift = requests.progress(r.getId()).days().get(0).shiftId();
        for (int i = 0; i < 2 + helpers; i++) {
            shifts.assign(shift, fixtures.member(commune, "Ksor Ngân Sách " + Fixtures.next()));
        }
    }
}
