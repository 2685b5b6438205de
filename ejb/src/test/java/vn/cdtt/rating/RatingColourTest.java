package vn.cdtt.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;

/** The colour thresholds of DOMAIN.md and the effective dating of a criterion, without a database. */
class RatingColourTest {

    @Test
    void noneUnmetIsGreenOneToFiveYellowSixOrMoreRed() {
        assertEquals(RatingColour.GREEN, RatingColour.of(0));
        assertEquals(RatingColour.YELLOW, RatingColour.of(1));
        assertEquals(RatingColour.YELLOW, RatingColour.of(5));
        assertEquals(RatingColour.RED, RatingColour.of(6));
        assertEquals(RatingColour.RED, RatingColour.of(12));
    }

    private static RatingCriterion criterion(LocalDate from) {
        CriterionForm f = new CriterionForm();
        f.setCode("tap-huan-2");
        f.setNameVi("Hai buổi tập huấn trong tháng");
        f.setNameEn("Two trainings this month");
        f.setKind(CriterionKind.COMPUTED);
        f.setMeasure(Measure.TRAINING_MONTH);
        f.setThreshold(2);
        f.setValidFrom(from);
        return new RatingCriterion(1L, f, "tinh", LocalDateTime.of(2030, 1, 1, 8, 0));
    }

    @Test
    void aCriterionAppliesFromTheMondayOfItsFirstDayUntilTheSundayItEnds() {
        RatingCriterion c = criterion(LocalDate.of(2030, 1, 9));
        assertEquals("TAP-HUAN-2", c.getCode());
        assertEquals(LocalDate.of(2030, 1, 7), c.getValidFrom());
        assertFalse(c.appliesTo(LocalDate.of(2029, 12, 31)));
        assertTrue(c.appliesTo(LocalDate.of(2030, 1, 7)));
        c.end(LocalDate.of(2030, 1, 16), LocalDate.of(2030, 1, 14));
        assertEquals(LocalDate.of(2030, 1, 20), c.getValidTo());
        assertTrue(c.appliesTo(LocalDate.of(2030, 1, 14)));
        assertFalse(c.appliesTo(LocalDate.of(2030, 1, 21)));
    }

    @Test
    void aWeekAlreadyBegunKeepsItsCriteria() {
        RatingCriterion c = criterion(LocalDate.of(2030, 1, 7));
        assertThrows(InvalidInputException.class, () -> c.end(LocalDate.of(2030, 1, 6), LocalDate.of(2030, 1, 21)));
        c.end(LocalDate.of(2030, 1, 20), LocalDate.of(2030, 1, 21));
        assertThrows(InvalidInputException.class, () -> c.end(LocalDate.of(2030, 2, 3), LocalDate.of(2030, 1, 28)));
    }

    @Test
    void aComputedCriterionNeedsAMeasureAndAThresholdThatFits() {
        CriterionForm f = new CriterionForm();
        f.setCode("co mat");
        f.setKind(CriterionKind.COMPUTED);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new RatingCriterion(1L, f, "tinh", LocalDateTime.of(2030, 1, 1, 8, 0)));
        assertEquals(5, e.getProblems().size(), "code, two names, measure, first week: " + e.getProblems());
        f.setMeasure(Measure.ATTENDANCE);
        f.setThreshold(101);
        assertTrue(assertThrows(InvalidInputException.class,
                () -> new RatingCriterion(1L, f, "tinh", LocalDateTime.of(2030, 1, 1, 8, 0))).getProblems().stream()
                .anyMatch(p -> p.field().equals("threshold")));
    }
}
