package vn.cdtt.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cdtt.commune.CommuneType;

/** The province's traffic light per commune week: GREEN every seat filled, YELLOW 1–5 short, RED more than 5. */
class CoverageLightTest {

    @ParameterizedTest(name = "{0} seats short → {1}")
    @CsvSource({"0, GREEN", "1, YELLOW", "5, YELLOW", "6, RED", "40, RED"})
    void theLightFollowsTheSeatsShort(int seatsShort, CoverageLight light) {
        assertEquals(light, CoverageLight.of(seatsShort));
    }

    @Test
    void aWeekWithEverySeatFilledIsGreen() {
        CommuneCoverage week = new CommuneCoverage(1L, "Pleiku", CommuneType.PHUONG, 20, 20);

        assertEquals(0, week.seatsShort());
        assertEquals(CoverageLight.GREEN, week.light());
    }

    @Test
    void moreMembersThanRequiredLeaveNoNegativeGap() {
        CommuneCoverage week = new CommuneCoverage(1L, "Pleiku", CommuneType.PHUONG, 20, 23);

        assertEquals(0, week.seatsShort());
        assertEquals(CoverageLight.GREEN, week.light());
    }

    @Test
    void aFewGapsAreYellow() {
        assertEquals(CoverageLight.YELLOW, new CommuneCoverage(1L, "Pleiku", CommuneType.PHUONG, 20, 19).light());
        assertEquals(CoverageLight.YELLOW, new CommuneCoverage(1L, "Pleiku", CommuneType.PHUONG, 20, 15).light());
    }

    @Test
    void sixGapsOrAnUnplannedWeekAreRed() {
        CommuneCoverage sixShort = new CommuneCoverage(1L, "Pleiku", CommuneType.PHUONG, 20, 14);
        CommuneCoverage unplanned = new CommuneCoverage(2L, "Ia Grai", CommuneType.XA, 20, 0);

        assertEquals(6, sixShort.seatsShort());
        assertEquals(CoverageLight.RED, sixShort.light());
        assertEquals(20, unplanned.seatsShort());
        assertEquals(CoverageLight.RED, unplanned.light());
    }
}
