package vn.cdtt.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;

/** Where a new version started from another begins, how a version without an end is closed, and a year's budget. */
class PolicySuccessorAndBudgetTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2040, 1, 1, 8, 0);

    private static AllowancePolicy version(LocalDate from, LocalDate to) {
        PolicyForm f = new PolicyForm();
        f.setValidFrom(from);
        f.setValidTo(to);
        f.setBasisNumber("01/2040/NQ-HĐND");
        f.setBasisDate(from.minusDays(10));
        f.setBasisIssuer("HĐND tỉnh (thử)");
        f.setDutySession(50_000L);
        f.setMemberMonthCap(400_000L);
        return new AllowancePolicy(1L, null, f, "test", NOW);
    }

    @Test
    void aSuccessorStartsTheDayAfterTheEndOrTomorrowWithTheSameRates() {
        AllowancePolicy closed = version(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 6, 30));
        PolicyForm next = closed.successorForm(LocalDate.of(2040, 3, 15));
        assertEquals(LocalDate.of(2040, 7, 1), next.getValidFrom());
        assertNull(next.getValidTo());
        assertEquals(50_000L, next.getDutySession());
        assertEquals(400_000L, next.getMemberMonthCap());

        AllowancePolicy open = version(LocalDate.of(2040, 1, 1), null);
        assertEquals(LocalDate.of(2040, 3, 16), open.successorForm(LocalDate.of(2040, 3, 15)).getValidFrom());
        assertEquals(LocalDate.of(2040, 1, 2), open.successorForm(LocalDate.of(2039, 12, 1)).getValidFrom(),
                "never before the version's second day");
    }

    @Test
    void aVersionWithoutAnEndEndsTheDayBeforeItsSuccessor() {
        AllowancePolicy open = version(LocalDate.of(2040, 1, 1), null);
        assertEquals("allowance.policy.successor.invalid", assertThrows(InvalidInputException.class,
                () -> open.endBefore(LocalDate.of(2040, 1, 1))).getMessageKey());
        open.endBefore(LocalDate.of(2040, 3, 16));
        assertEquals(LocalDate.of(2040, 3, 15), open.getValidTo());
        assertThrows(InvalidInputException.class, () -> open.endBefore(LocalDate.of(2040, 4, 1)),
                "a version with an end keeps it");
    }

    @Test
    void anApprovalBeyondTheBudgetSaysByHowMuch() {
        BudgetStanding within = new BudgetStanding(1L, 2040, 1_000_000L, 0L, 600_000, 400_000);
        assertFalse(within.exceeds(), "exactly the budget is within it");
        assertEquals(0, within.excess());
        BudgetStanding beyond = new BudgetStanding(1L, 2040, 1_000_000L, 0L, 600_000, 450_000);
        assertTrue(beyond.exceeds());
        assertEquals(1_050_000, beyond.afterApproval());
        assertEquals(50_000, beyond.excess());
        assertFalse(new BudgetStanding(1L, 2040, null, null, 9_000_000, 1).exceeds(), "no budget, no warning");
    }

    @Test
    void aBudgetIsWholeDongNeitherNegativeNorAbsurd() {
        assertEquals("allowance.budget.amount.invalid", assertThrows(InvalidInputException.class,
                () -> new AllowanceBudget(1L, 2L, 2040, -1L, "test", NOW)).getMessageKey());
        assertEquals("allowance.budget.amount.invalid", assertThrows(InvalidInputException.class,
                () -> new AllowanceBudget(1L, 2L, 2040, AllowanceBudget.MAX_AMOUNT + 1, "test", NOW)).getMessageKey());
        assertEquals("allowance.budget.amount.required", assertThrows(InvalidInputException.class,
                () -> new AllowanceBudget(1L, 2L, 2040, null, "test", NOW)).getMessageKey());
        assertEquals("allowance.budget.year.invalid", assertThrows(InvalidInputException.class,
                () -> new AllowanceBudget(1L, 2L, 1999, 1L, "test", NOW)).getMessageKey());
        assertEquals(5_000_000L, new AllowanceBudget(1L, 2L, 2040, 5_000_000L, "test", NOW).getAmount());
    }
}
