package vn.cdtt.training;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The training figures of a year for the province or one commune: totals of held sessions, breakdowns by commune,
 * topic, target group, language and month, and the province's targets with progress. A session with two topics
 * counts under both topics, so breakdowns by topic, group and language do not add up to the totals.
 */
public record TrainingReport(int year, Totals totals, List<Line> byCommune, List<Line> byTopic, List<Line> byGroup,
                             List<Line> byLanguage, List<Line> byMonth, List<Progress> targets) implements Serializable {

    /** Sums over the held sessions. */
    public record Totals(long sessions, long participants, long male, long female, long under16, long age16to59,
                         long age60plus, long ethnicMinority, long vneidActivated, long dossiersFiled,
                         long epaymentOpened) implements Serializable {

        public long value(TargetMetric metric) {
            return switch (metric) {
                case PEOPLE_TRAINED -> participants;
                case SESSIONS_HELD -> sessions;
                case VNEID_ACTIVATED -> vneidActivated;
                case DOSSIERS_FILED -> dossiersFiled;
                case EPAYMENT_OPENED -> epaymentOpened;
            };
        }
    }

    /** One row of a breakdown: a label in both languages, sessions held and participants. */
    public record Line(String labelVi, String labelEn, long sessions, long participants) implements Serializable {
        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
        }
    }

    /** A target against what was recorded. */
    public record Progress(TargetMetric metric, long target, long actual) implements Serializable {
        /** Percent reached, 0–100 (capped for the progress bar). */
        public int percent() {
            return target <= 0 ? 0 : (int) Math.min(100, actual * 100 / target);
        }
    }
}
