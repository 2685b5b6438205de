package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.dashboard.Dashboard;
import vn.cdtt.dashboard.DashboardView;
import vn.cdtt.dashboard.Figures;
import vn.cdtt.dashboard.WeekFigures;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.HelpService;
import vn.cdtt.duty.Presence;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.request.HelperRequestForm;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestReason;
import vn.cdtt.request.RequestSessions;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingPlanning;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingResults;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingTopic;

/**
 * Tổng quan: a small week of one commune – a member present, a no-show, a shift under way with a check-in and
 * citizens helped, a training held, a helper request – shows in its figures now, this week and in the trend; a
 * commune coordinator sees only their commune.
 */
class DashboardIT extends IntegrationTest {

    /** xã Ia Pa and xã Ia Tul: no other test uses them. */
    private static final String IA_A = "23896";
    private static final String IA_B = "21880";

    @Inject
    Dashboard dashboard;

    @Inject
    Figures figures;

    @Inject
    AttendanceService attendance;

    @Inject
    TrainingPlanning planning;

    @Inject
    TrainingResults results;

    @Inject
    CatalogueService catalogue;

    @Inject
    HelperRequestService requests;

    private TrainingPlan plan(LocalDate day, Long lead) {
        TrainingPlan p = new TrainingPlan();
        p.setPlace("Nhà văn hoá thôn 5");
        p.setDate(day);
        p.setStartTime(LocalTime.of(14, 0));
        p.setEndTime(LocalTime.of(16, 0));
        p.setCapacity(30);
        p.getTopicIds().add(catalogue.list(TrainingTopic.class).get(0).getId());
        p.getGroupIds().add(catalogue.list(TargetGroup.class).get(0).getId());
        p.getLanguageIds().add(catalogue.languages().get(0).getId());
        p.setLeadTrainerId(lead);
        return p;
    }

    private static TrainingResult twenty() {
        TrainingResult r = new TrainingResult();
        r.setParticipants(20);
        r.setMale(9);
        r.setFemale(11);
        r.setUnder16(0);
        r.setAge16to59(15);
        r.setAge60plus(5);
        r.setEthnicMinority(12);
        r.setVneidActivated(6);
        r.setDossiersFiled(2);
        r.setEpaymentOpened(1);
        return r;
    }

    @Test
    void aSmallWeekShowsInTheFiguresOfItsCommune() {
        Long commune = fixtures.commune(IA_A);
        LocalDate monday = fixtures.nextMonday();
        Long an = fixtures.member(commune, "Rơ Mah An");
        Long binh = fixtures.member(commune, "Kpă Bình");
        Long chi = fixtures.member(commune, "Siu Chi");
        Long dung = fixtures.member(commune, "Nay Dung");
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);

        // Monday morning: An present, Bình a no-show (the coordinator's verdicts after the shift)
        Long monday1 = fixtures.shiftAt(commune, monday, LocalTime.of(7, 30), LocalTime.of(11, 30), an, binh);
        TestClock.setNow(monday, LocalTime.of(14, 0));
        actAs(coordinator);
        attendance.correct(fixtures.assignment(monday1, an), Presence.PRESENT, "Theo sổ trực");
        attendance.correct(fixtures.assignment(monday1, binh), Presence.ABSENT, "Không đến, không báo");
        // Monday afternoon: a training of 20 people
        TrainingSession held = planning.plan(commune, plan(monday, dung));
        TestClock.setNow(monday, LocalTime.of(17, 0));
        results.record(held.getId(), twenty());

        // Wednesday 09:00: a shift under way with Chi checked in, who helped three with VNeID and two at the kiosk
        TestClock.setNow(monday.plusDays(2), LocalTime.of(9, 0));
        Long now = fixtures.shiftNow(commune, chi);
        actAs(fixtures.account(Role.MEMBER, commune, chi));
        Long chiOnDuty = fixtures.assignment(now, chi);
        attendance.checkIn(chiOnDuty);
        attendance.logHelped(chiOnDuty, Map.of(HelpService.VNEID, 3, HelpService.KIOSK, 2));
        // a helper request of the commune's centre for Friday, not yet answered
        Long centre = fixtures.centreOf(commune);
        actAs(fixtures.staffOf(centre));
        HelperRequestForm f = new HelperRequestForm();
        f.setSiteId(centre);
        f.setFirstDay(monday.plusDays(4));
        f.setSessions(RequestSessions.MORNING);
        f.setHelpers(2);
        f.setReason(RequestReason.VNEID_DRIVE);
        f.setContactName("Phạm Thị Hoa");
        f.setContactPhone("0905123456");
        f.setAnswerBy(VietnamTime.now().plusDays(1));
        requests.file(f);

        actAs(coordinator);
        DashboardView view = dashboard.view(null);
        assertEquals(commune, view.communeId(), "a commune coordinator sees their own commune");
        assertEquals(1, view.week().communes().size());
        WeekFigures week = view.week().total();
        assertEquals(2, week.shifts());
        assertEquals(3, week.assigned());
        assertEquals(2, week.attended(), "An present, Chi checked in");
        assertEquals(1, week.noShows());
        assertEquals(1, week.checkedIn());
        assertEquals(67, week.attendanceRate());
        assertEquals(3, week.helped(HelpService.VNEID));
        assertEquals(2, week.helped(HelpService.KIOSK));
        assertEquals(5, week.helpedTotal());
        assertEquals(1, week.trainings());
        assertEquals(20, week.participants());
        assertEquals(1, week.requests());
        assertEquals(1, week.requestsOpen());
        assertEquals(0, week.requestsFilled());

        assertEquals(1, view.now().shortOf(), "the shift under way has one of two seats filled: " + view.now() + " at "
                + VietnamTime.now() + ", shift " + now);
        assertEquals(0, view.now().staffed());
        assertEquals(1, view.now().checkedIn());

        List<WeekFigures> trend = view.trend();
        assertEquals(Dashboard.TREND_WEEKS, trend.size());
        assertEquals(monday, trend.get(trend.size() - 1).monday());
        assertEquals(20, trend.get(trend.size() - 1).participants());
        assertEquals(2, trend.get(trend.size() - 1).attended());
        assertEquals(0, trend.get(trend.size() - 2).attended(), "nothing the week before");

        // the province sees the same line among every commune, and can filter by it
        actAs(fixtures.account(Role.VIEWER, null));
        DashboardView province = dashboard.view(null);
        assertNull(province.communeId());
        assertEquals(135, province.week().communes().size());
        assertEquals(2, province.week().of(commune).attended());
        assertEquals(20, province.week().of(commune).participants());
        assertEquals(1, dashboard.view(commune).week().communes().size());
        assertEquals(5, dashboard.view(commune).week().total().helpedTotal());
    }

    @Test
    void aCommuneCoordinatorCannotLookAtAnotherCommune() {
        Long mine = fixtures.commune(IA_A);
        Long other = fixtures.commune(IA_B);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, mine));
        assertThrows(AccessDeniedException.class, () -> dashboard.view(other));
        assertEquals(1, dashboard.communes().size());
        actAs(fixtures.account(Role.MEMBER, mine));
        assertThrows(AccessDeniedException.class, () -> dashboard.view(null));
        actAs(fixtures.account(Role.CENTRE_STAFF, mine));
        assertThrows(AccessDeniedException.class, () -> dashboard.view(mine));
    }

    @Test
    void theProvinceWeekAddsUpItsCommunes() {
        LocalDate day = TestClock.SUITE_START.toLocalDate();
        Figures.ProvinceWeek week = figures.week(1L, day, null);
        int attended = week.communes().stream().mapToInt(WeekFigures::attended).sum();
        int required = week.communes().stream().mapToInt(WeekFigures::seatsRequired).sum();
        assertEquals(attended, week.total().attended());
        assertEquals(required, week.total().seatsRequired());
    }
}
