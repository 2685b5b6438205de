package vn.cdtt.autoroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.SessionPart;

/** A member's duty preferences as stored and as the solver reads them; the province's settings and their limits. */
class DutyPreferenceTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2030, 3, 1, 9, 0);

    @Test
    void preferencesRoundTripToWhatTheSolverWeighs() {
        DutyPreference p = new DutyPreference(7L);
        p.change(Set.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY), Set.of(DayOfWeek.FRIDAY), Set.of(SessionPart.MORNING),
                Set.of(), true, NOW);

        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), p.getPreferredDays());
        PlanMember.DutyPreferences plan = p.toPlan();
        assertTrue(plan.fewerDays());
        PlanMember m = new PlanMember(7L, "A", 1L, true, true, Set.of(), 0, plan);
        assertTrue(m.avoids(DayOfWeek.FRIDAY, SessionPart.MORNING), "an avoided day wins over a preferred session");
        assertTrue(m.prefers(DayOfWeek.WEDNESDAY, SessionPart.MORNING));
    }

    @Test
    void aDayOrSessionBothPreferredAndAvoidedIsRefused() {
        DutyPreference p = new DutyPreference(7L);
        assertEquals("preference.both", assertThrows(InvalidInputException.class, () -> p.change(
                Set.of(DayOfWeek.MONDAY), Set.of(DayOfWeek.MONDAY), Set.of(), Set.of(), false, NOW)).getMessageKey());
        assertEquals("preference.both", assertThrows(InvalidInputException.class, () -> p.change(
                Set.of(), Set.of(), Set.of(SessionPart.MORNING), Set.of(SessionPart.MORNING), false, NOW))
                .getMessageKey());
        assertTrue(p.getPreferredDays().isEmpty(), "nothing stored");
    }

    @Test
    void settingsOutOfRangeAreRefusedAndNothingChanges() {
        AutoRosterSettings s = new AutoRosterSettings(1L);
        assertEquals("autoroster.settings.max", assertThrows(InvalidInputException.class,
                () -> s.change(0, 1000, 50, 30, 20, 5, 10, 40, 30, 10)).getMessageKey());
        assertEquals("autoroster.settings.weight", assertThrows(InvalidInputException.class,
                () -> s.change(5, -1, 50, 30, 20, 5, 10, 40, 30, 10)).getMessageKey());
        assertEquals("autoroster.settings.seconds", assertThrows(InvalidInputException.class,
                () -> s.change(5, 1000, 50, 30, 20, 5, 10, 40, 0, 10)).getMessageKey());
        assertEquals(vn.cdtt.duty.WeeklyLimit.DEFAULT, s.getMaxSessionsPerWeek());
        assertEquals(1000, s.getFairness());
        s.change(4, 500, 50, 30, 20, 5, 10, 40, 20, 5);
        assertEquals(4, s.getMaxSessionsPerWeek());
        assertEquals(7, s.weights().getKnownConstraintNames().size(), "every soft rule weighted");
    }
}
