package vn.cdtt.allowance;

import java.io.Serializable;

/**
 * A commune's year against its budget: the budget (null when the province set none, with the version to change it
 * from), what the province has approved of the year's months so far (approved and paid), and what is waiting for
 * approval in the month at hand (0 when nothing waits).
 */
public record BudgetStanding(Long communeId, int year, Long budget, Long budgetVersion, long approved, long pending)
        implements Serializable {

    /** Approved to date once the pending month is approved too. */
    public long afterApproval() {
        return approved + pending;
    }

    /** Would approving the pending month take the year beyond its budget? Never without a budget. */
    public boolean exceeds() {
        return budget != null && afterApproval() > budget;
    }

    /** By how much the year would be beyond its budget after approval (0 when within it or without a budget). */
    public long excess() {
        return exceeds() ? afterApproval() - budget : 0;
    }
}
