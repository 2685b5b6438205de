package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.DutyPattern;
import vn.cdtt.duty.DutyPatternService;
import vn.cdtt.duty.MyShifts;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.Unavailability;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.security.Role;

/**
 * Sessions in the order of the day – morning before afternoon – wherever a list shows both, although the part is
 * stored by its name (AFTERNOON comes before MORNING in the alphabet).
 */
class SessionOrderIT extends IntegrationTest {

    private static final String KBANG = "23638";

    @Inject
    MyShifts myShifts;

    @Inject
    AvailabilityService availability;

    @Inject
    DutyPatternService patterns;

    @Inject
    CommuneService communes;

    @Test
    void theMembersShiftsOfADayComeMorningFirst() {
        Long commune = fixtures.commune(KBANG);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        LocalDate day = VietnamTime.today().plusDays(5);
        Long afternoon = fixtures.shiftAt(commune, day, LocalTime.of(13, 30), LocalTime.of(17, 0), an);
        Long morning = fixtures.shiftAt(commune, day, LocalTime.of(7, 30), LocalTime.of(11, 30), an);
        actAs(fixtures.account(Role.MEMBER, commune, an));

        List<Long> next = myShifts.next().stream().filter(s -> s.getDate().equals(day)).map(Shift::getId).toList();

        assertEquals(List.of(morning, afternoon), next);
    }

    @Test
    void unavailabilityAndWeeklyPatternsComeMorningFirst() {
        Long commune = fixtures.commune(KBANG);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.MEMBER, commune, an));
        availability.declare(monday, SessionPart.AFTERNOON, "Họp chi đoàn");
        availability.declare(monday, SessionPart.MORNING, "Thi học kỳ");

        assertEquals(List.of(SessionPart.MORNING, SessionPart.AFTERNOON),
                availability.mine().stream().map(Unavailability::getPart).toList());

        actAs(coordinator);
        assertEquals(List.of(SessionPart.MORNING, SessionPart.AFTERNOON), availability.commune(commune, monday).stream()
                .filter(r -> r.memberName().equals("Nguyễn Văn An") && r.date().equals(monday))
                .map(AvailabilityService.UnavailableRow::part).distinct().toList());

        Long site = communes.sites(commune).get(0).getId();
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        patterns.add(site, binh, DayOfWeek.MONDAY, SessionPart.AFTERNOON);
        patterns.add(site, binh, DayOfWeek.MONDAY, SessionPart.MORNING);
        assertEquals(List.of(SessionPart.MORNING, SessionPart.AFTERNOON), patterns.list(commune).stream()
                .filter(p -> p.getMember().getId().equals(binh)).map(DutyPattern::getPart).toList());
    }
}
