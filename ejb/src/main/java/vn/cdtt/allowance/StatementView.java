package vn.cdtt.allowance;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement as coordinators, members and auditors read it: its state, every line with its source, and the totals
 * per component, per funding source, per member and for the commune (all sums of the lines, so they always agree).
 */
public record StatementView(Long id, Long communeId, String commune, YearMonth month, StatementState state,
                            long version, String returnedReason, LocalDate paidOn, String paymentReference,
                            List<Line> lines) implements Serializable {

    /** One line, with the member's name and where the amount comes from. */
    public record Line(Long id, Long memberId, String member, AllowanceComponent component, FundingSource funding,
                       LocalDate date, String place, Long shiftId, Long trainingId, Long policyId, long rate,
                       long amount, boolean adjustment, Long adjustsLineId) implements Serializable {

        /** The line as stored (its member fetched with it). */
        static Line of(AllowanceLine l) {
            return new Line(l.getId(), l.getMember().getId(), l.getMember().getFullName(), l.getComponent(),
                    l.getFunding(), l.getWorkDate(), l.getPlace(), l.getShiftId(), l.getTrainingId(), l.getPolicyId(),
                    l.getRate(), l.getAmount(), l.isAdjustment(), l.getAdjustsLineId());
        }
    }

    public long total() {
        return lines.stream().mapToLong(Line::amount).sum();
    }

    public Map<AllowanceComponent, Long> byComponent() {
        Map<AllowanceComponent, Long> m = new EnumMap<>(AllowanceComponent.class);
        lines.forEach(l -> m.merge(l.component(), l.amount(), Long::sum));
        return m;
    }

    public Map<FundingSource, Long> byFunding() {
        Map<FundingSource, Long> m = new EnumMap<>(FundingSource.class);
        lines.forEach(l -> m.merge(l.funding(), l.amount(), Long::sum));
        return m;
    }

    /** Member id → total, in the order of the lines (members by name). */
    public Map<Long, Long> byMember() {
        Map<Long, Long> m = new LinkedHashMap<>();
        lines.forEach(l -> m.merge(l.memberId(), l.amount(), Long::sum));
        return m;
    }

    /** The lines of one member. */
    public List<Line> of(Long memberId) {
        return lines.stream().filter(l -> l.memberId().equals(memberId)).toList();
    }
}
