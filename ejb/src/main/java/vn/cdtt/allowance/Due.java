package vn.cdtt.allowance;

import java.time.LocalDate;

/**
 * One amount owed for one unit of work under one component and funding source, before it is stored as a line.
 *
 * @param workKey the unit of work: {@code D<assignment>}, {@code MD<member>-<yyyyMMdd>} (a mobilised day),
 *                {@code T<training>-<member>}, {@code MM<member>-<yyyyMM>},
 *                {@code TM<team>-<yyyyMM>}, {@code MC<member>-<yyyyMM>}, {@code TC<team>-<member>-<yyyyMM>}
 */
public record Due(Long memberId, AllowanceComponent component, FundingSource funding, String workKey, LocalDate date,
                  Long policyId, Long shiftId, Long trainingId, String place, long rate, long amount) {

    /** The same due with another amount (caps). */
    Due withAmount(long newAmount) {
        return new Due(memberId, component, funding, workKey, date, policyId, shiftId, trainingId, place, rate,
                newAmount);
    }
}
