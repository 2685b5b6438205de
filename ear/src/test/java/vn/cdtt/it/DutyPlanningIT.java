package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.ClosureService;
import vn.cdtt.duty.DutyPatternService;
import vn.cdtt.duty.NotPlaced;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Planning beyond one assignment: weekly patterns over a range, holidays and closure days. */
class DutyPlanningIT extends IntegrationTest {

    private static final String KONG_CHRO = "23824";
    private static final String AYUN_PA = "24044";

    @Inject
    DutyPatternService patterns;

    @Inject
    ShiftService shifts;

    @Inject
    ClosureService closures;

    @Inject
    AvailabilityService availability;

    @Inject
    CommuneService communes;

    private static boolean mondayMorning(Shift s) {
        return s.getDate().getDayOfWeek() == DayOfWeek.MONDAY && s.getPart() == SessionPart.MORNING;
    }

    @Test
    void aWeeklyPatternPlacesTheMemberEveryMondayAndReportsTheMondayTheyCannot() {
        Long commune = fixtures.commune(KONG_CHRO);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        Long site = communes.sites(commune).get(0).getId();
        patterns.add(site, an, DayOfWeek.MONDAY, SessionPart.MORNING);
        assertEquals("pattern.duplicate", assertThrows(InvalidInputException.class,
                () -> patterns.add(site, an, DayOfWeek.MONDAY, SessionPart.MORNING)).getMessageKey());
        LocalDate first = fixtures.nextWeeks(4);
        actAs(fixtures.account(Role.MEMBER, commune, an));
        availability.declare(first.plusWeeks(1), SessionPart.MORNING, "Thi cuối kỳ");

        actAs(coordinator);
        List<NotPlaced> notPlaced = patterns.apply(commune, first, first.plusWeeks(3).plusDays(4));

        assertEquals(1, notPlaced.size(), notPlaced.toString());
        assertEquals(first.plusWeeks(1), notPlaced.get(0).date());
        assertEquals("placement.busy", notPlaced.get(0).reasonKey());
        for (int w = 0; w < 4; w++) {
            LocalDate monday = first.plusWeeks(w);
            boolean placed = shifts.week(commune, monday).stream().filter(DutyPlanningIT::mondayMorning)
                    .filter(s -> s.getSite().getId().equals(site))
                    .anyMatch(s -> s.getAssignments().stream().anyMatch(a -> a.getMember().getId().equals(an)));
            assertEquals(w != 1, placed, "week " + w);
        }
        assertTrue(patterns.apply(commune, first, first.plusDays(6)).isEmpty(), "applying twice places nobody twice");
    }

    @Test
    void patternsBelongToTheCommuneOfTheirSiteAndCoordinator() {
        Long commune = fixtures.commune(KONG_CHRO);
        Long other = fixtures.commune(AYUN_PA);
        Long outsider = fixtures.member(other, "Ksor H'Luyên");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Long site = communes.sites(commune).get(0).getId();

        assertEquals("shift.member.otherCommune", assertThrows(InvalidInputException.class,
                () -> patterns.add(site, outsider, DayOfWeek.TUESDAY, SessionPart.AFTERNOON)).getMessageKey());
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, other));
        assertThrows(AccessDeniedException.class, () -> patterns.add(site, outsider, DayOfWeek.TUESDAY, SessionPart.AFTERNOON));
        assertThrows(AccessDeniedException.class, () -> patterns.list(commune));
    }

    @Test
    void aClosureDayCancelsThePlannedShiftsOfThatSiteAndTellsTheirMembers() {
        Long commune = fixtures.commune(KONG_CHRO);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        String anAccount = fixtures.account(Role.MEMBER, commune, an);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday.plusDays(6));
        Shift shift = shifts.week(commune, monday).stream().filter(DutyPlanningIT::mondayMorning).findFirst().orElseThrow();
        shifts.assign(shift.getId(), an);
        Long site = shift.getSite().getId();

        assertEquals(2, closures.addClosure(site, monday, "Sửa chữa trụ sở"), "morning and afternoon");
        assertEquals("closure.duplicate", assertThrows(InvalidInputException.class,
                () -> closures.addClosure(site, monday, "Lần hai")).getMessageKey());

        assertTrue(shifts.week(commune, monday).stream().noneMatch(s -> s.getDate().equals(monday)
                && s.getSite().getId().equals(site)));
        assertEquals(0, shifts.generate(commune, monday, monday), "no shift is created on a closure day");
        assertEquals(1, fixtures.notifications(anAccount, NotificationKind.SHIFT_CANCELLED).size());
        actAs(anAccount);
        availability.declare(monday, SessionPart.MORNING, "Việc gia đình"); // the session is free again
    }

    @Test
    void onlyTheProvinceCoordinatorEditsPublicHolidays() {
        LocalDate day = fixtures.nextMonday().plusDays(2);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(KONG_CHRO)));
        assertThrows(AccessDeniedException.class, () -> closures.addHoliday(day, "Ngày lễ thử"));

        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        closures.addHoliday(day, "Ngày lễ thử");
        assertEquals("holiday.duplicate", assertThrows(InvalidInputException.class,
                () -> closures.addHoliday(day, "Lần hai")).getMessageKey());
        assertEquals("closure.reason.required", assertThrows(InvalidInputException.class,
                () -> closures.addHoliday(day.plusDays(1), " ")).getMessageKey());
        assertTrue(closures.holidays(day.getYear()).stream().anyMatch(h -> h.getHoliday().equals(day)));
        Long commune = fixtures.commune(KONG_CHRO);
        shifts.generate(commune, day, day);
        assertTrue(shifts.week(commune, day).stream().noneMatch(s -> s.getDate().equals(day)));
    }
}
