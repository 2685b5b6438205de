package vn.cdtt.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cdtt.duty.HelpService;

/** The rates a week's figures show, and the sum of communes into the province's line. */
class WeekFiguresTest {

    private static WeekFigures week(Long commune, int required, int filled, int attended, int noShows, int vneid) {
        int[] helped = new int[HelpService.values().length];
        helped[HelpService.VNEID.ordinal()] = vneid;
        return new WeekFigures(commune, "Xã Thử", LocalDate.of(2030, 1, 7), 3, required, filled, attended + noShows,
                attended, noShows, 0, helped, 1, 20, 1, 1, 0, 0);
    }

    @Test
    void ratesAreWholePercentAndEmptyWhenNothingIsKnown() {
        WeekFigures w = week(1L, 20, 15, 2, 1, 4);
        assertEquals(67, w.attendanceRate());
        assertEquals(75, w.fillRate());
        assertEquals(5, w.seatsShort());
        assertEquals(4, w.helpedTotal());
        WeekFigures none = week(1L, 0, 0, 0, 0, 0);
        assertNull(none.attendanceRate());
        assertNull(none.fillRate());
    }

    @Test
    void theProvinceAddsUpItsCommunes() {
        WeekFigures total = new WeekFigures.Sum()
                .add(week(1L, 20, 15, 2, 1, 4)).add(week(2L, 10, 10, 3, 0, 1))
                .figures(null, null, LocalDate.of(2030, 1, 7));
        assertEquals(30, total.seatsRequired());
        assertEquals(25, total.seatsFilled());
        assertEquals(5, total.attended());
        assertEquals(5, total.helped(HelpService.VNEID));
        assertEquals(40, total.participants());
        assertEquals(83, total.attendanceRate());
    }
}
