package vn.cdtt.allowance;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A month of the whole province as the province reads it: one row per commune, with the state of its statement
 * (none before its first computation), the members it pays and its totals. Every figure is a sum of lines.
 */
public record ProvinceMonth(YearMonth month, List<Row> rows) implements Serializable {

    /** A commune's month; {@code statementId} and {@code state} are null when it has never been computed. */
    public record Row(Long communeId, String commune, Long statementId, StatementState state, long members,
                      long total, Map<AllowanceComponent, Long> byComponent) implements Serializable {

        /** Approved or paid: the amount is final. */
        public boolean settled() {
            return state == StatementState.APPROVED || state == StatementState.PAID;
        }
    }

    public long total() {
        return rows.stream().mapToLong(Row::total).sum();
    }

    /** The part of the total whose months are approved or paid. */
    public long settledTotal() {
        return rows.stream().filter(Row::settled).mapToLong(Row::total).sum();
    }

    public long members() {
        return rows.stream().mapToLong(Row::members).sum();
    }

    public Map<AllowanceComponent, Long> byComponent() {
        Map<AllowanceComponent, Long> m = new EnumMap<>(AllowanceComponent.class);
        rows.forEach(r -> r.byComponent().forEach((c, a) -> m.merge(c, a, Long::sum)));
        return m;
    }

    /** How many communes are in each state; never computed ones are counted under null. */
    public Map<StatementState, Long> communesByState() {
        Map<StatementState, Long> m = new EnumMap<>(StatementState.class);
        rows.stream().filter(r -> r.state() != null).forEach(r -> m.merge(r.state(), 1L, Long::sum));
        return m;
    }
}
