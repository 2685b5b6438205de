package vn.cdtt.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.cdtt.training.TrainingReport;

/**
 * What Tổng quan shows: now, this week (per commune and the total), the last 12 weeks, this year's training targets
 * with progress, and the allowances approved and paid this year (whole VND).
 *
 * @param communeId the commune the figures are limited to, null for the whole province
 */
public record DashboardView(Long communeId, LocalDate today, NowFigures now, Figures.ProvinceWeek week,
                            List<WeekFigures> trend, List<TrainingReport.Progress> targets, Allowances allowances)
        implements Serializable {

    /** Allowance statements of the year: approved (not yet paid) and paid, with their totals. */
    public record Allowances(int approvedStatements, long approved, int paidStatements, long paid)
            implements Serializable {
    }
}
