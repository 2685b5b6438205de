package vn.cdtt.duty;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The most shift sessions a member is planned for in one week (Monday to Sunday), counting every shift they are on:
 * the one rule every plan that fills seats keeps – the board's fair fill ({@link FairFill}), automatic rostering's
 * quick fill, its solver and its apply. The number is the province's setting (automatic rostering's settings page;
 * default {@value #DEFAULT}); a coordinator placing one member by hand is not held to it.
 */
public record WeeklyLimit(int max) {

    /** The limit of a province that has not set one. */
    public static final int DEFAULT = 5;

    public WeeklyLimit {
        if (max < 1) {
            throw new IllegalArgumentException("weekly limit " + max);
        }
    }

    /** May a member with {@code sessions} shift sessions in a week be given one more that week? */
    public boolean allowsAnother(int sessions) {
        return sessions < max;
    }

    /** How many sessions of a member's week go beyond the limit (0 when within it). */
    public int excess(long sessions) {
        return (int) Math.max(0, sessions - max);
    }

    /** The Monday of the day's week: the week the limit counts in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The province's limit: its automatic-rostering settings (read by entity name, as {@code MonthLock} reads
     * allowance statements: the setting lives with the other rostering settings), or the default.
     */
    public static WeeklyLimit of(EntityManager em, Long provinceId) {
        List<Integer> max = em.createQuery("SELECT s.maxSessionsPerWeek FROM AutoRosterSettings s "
                + "WHERE s.provinceId = :p", Integer.class).setParameter("p", provinceId).getResultList();
        return new WeeklyLimit(max.isEmpty() ? DEFAULT : max.get(0));
    }
}
