package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.CommuneCoverage;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.CoverageService;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Each commune's week by traffic light: GREEN all seats filled, YELLOW 1–5 short, RED more than 5 short. */
class CoverageIT extends IntegrationTest {

    /** xã Sơn Lang: one site, default hours, no other test plans it. */
    private static final String SON_LANG = "23647";

    @Inject
    CoverageService coverage;

    @Inject
    ShiftService shifts;

    private CommuneCoverage row(Long commune, LocalDate monday) {
        return coverage.week(monday).stream().filter(c -> c.communeId().equals(commune)).findFirst().orElseThrow();
    }

    @Test
    void anUnplannedWeekIsRedAFullOneGreenAndAFewGapsYellow() {
        Long commune = fixtures.commune(SON_LANG);
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));

        CommuneCoverage unplanned = row(commune, monday);
        assertEquals(20, unplanned.required(), "Monday–Friday, two sessions, two seats");
        assertEquals(CoverageLight.RED, unplanned.light());

        shifts.generate(commune, monday, monday.plusDays(6));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        for (Shift s : shifts.week(commune, monday)) {
            shifts.assign(s.getId(), an);
            shifts.assign(s.getId(), binh);
        }
        assertEquals(CoverageLight.GREEN, row(commune, monday).light());

        var week = shifts.week(commune, monday);
        for (int i = 0; i < 3; i++) {
            shifts.unassign(week.get(i).getId(), binh);
        }
        CommuneCoverage gaps = row(commune, monday);
        assertEquals(3, gaps.seatsShort());
        assertEquals(CoverageLight.YELLOW, gaps.light());
    }

    @Test
    void theProvinceSeesEveryCommuneWorstFirstAndACommuneOnlyItself() {
        actAs(fixtures.account(Role.VIEWER, null));
        var all = coverage.week(VietnamTime.today());
        assertEquals(135, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertEquals(true, all.get(i - 1).seatsShort() >= all.get(i).seatsShort());
        }

        Long commune = fixtures.commune(SON_LANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertEquals(1, coverage.week(VietnamTime.today()).size());
        actAs(fixtures.account(Role.MEMBER, commune));
        assertThrows(AccessDeniedException.class, () -> coverage.week(VietnamTime.today()));
    }
}
