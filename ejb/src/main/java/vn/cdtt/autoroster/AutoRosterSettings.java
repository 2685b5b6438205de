package vn.cdtt.autoroster;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.duty.WeeklyLimit;

/**
 * A province's settings for automatic rostering: the most sessions a member takes in a week (a hard rule), the
 * weights of the soft rules, and how long a solve runs. A province without a row has the defaults.
 */
@Entity
@Table(name = "autoroster_settings")
public class AutoRosterSettings {

    @Id
    @Column(name = "province_id")
    private Long provinceId;

    @Column(name = "max_sessions_per_week", nullable = false)
    private int maxSessionsPerWeek = WeeklyLimit.DEFAULT;

    @Column(name = "weight_fairness", nullable = false)
    private int fairness = 1000;

    @Column(name = "weight_language", nullable = false)
    private int language = 50;

    @Column(name = "weight_experience", nullable = false)
    private int experience = 30;

    @Column(name = "weight_avoided", nullable = false)
    private int avoided = 20;

    @Column(name = "weight_preferred", nullable = false)
    private int preferred = 5;

    @Column(name = "weight_lone_session", nullable = false)
    private int loneSession = 10;

    @Column(name = "weight_other_commune", nullable = false)
    private int otherCommune = 40;

    @Column(name = "solve_seconds", nullable = false)
    private int solveSeconds = 30;

    @Column(name = "unimproved_seconds", nullable = false)
    private int unimprovedSeconds = 10;

    @Version
    private long version;

    protected AutoRosterSettings() {
    }

    public AutoRosterSettings(Long provinceId) {
        this.provinceId = provinceId;
    }

    /** Changes every setting at once; out-of-range values are refused and nothing is changed. */
    public void change(int max, int fairnessW, int languageW, int experienceW, int avoidedW, int preferredW,
                       int loneW, int otherW, int seconds, int unimproved) {
        if (max < 1 || max > 14) {
            throw new InvalidInputException("autoroster.settings.max");
        }
        for (int w : new int[] {fairnessW, languageW, experienceW, avoidedW, preferredW, loneW, otherW}) {
            if (w < 0 || w > 10_000) {
                throw new InvalidInputException("autoroster.settings.weight");
            }
        }
        if (seconds < 1 || seconds > 600 || unimproved < 1 || unimproved > 600) {
            throw new InvalidInputException("autoroster.settings.seconds");
        }
        this.maxSessionsPerWeek = max;
        this.fairness = fairnessW;
        this.language = languageW;
        this.experience = experienceW;
        this.avoided = avoidedW;
        this.preferred = preferredW;
        this.loneSession = loneW;
        this.otherCommune = otherW;
        this.solveSeconds = seconds;
        this.unimprovedSeconds = unimproved;
    }

    /** The soft weights as the solver takes them. */
    public ConstraintWeightOverrides<HardMediumSoftLongScore> weights() {
        Map<String, HardMediumSoftLongScore> w = new LinkedHashMap<>();
        w.put(RosterConstraints.FAIRNESS, HardMediumSoftLongScore.ofSoft(fairness));
        w.put(RosterConstraints.LANGUAGE, HardMediumSoftLongScore.ofSoft(language));
        w.put(RosterConstraints.EXPERIENCE, HardMediumSoftLongScore.ofSoft(experience));
        w.put(RosterConstraints.AVOIDED, HardMediumSoftLongScore.ofSoft(avoided));
        w.put(RosterConstraints.PREFERRED, HardMediumSoftLongScore.ofSoft(preferred));
        w.put(RosterConstraints.LONE_SESSION, HardMediumSoftLongScore.ofSoft(loneSession));
        w.put(RosterConstraints.OTHER_COMMUNE, HardMediumSoftLongScore.ofSoft(otherCommune));
        return ConstraintWeightOverrides.of(w);
    }

    public Duration solveLimit() {
        return Duration.ofSeconds(solveSeconds);
    }

    public Duration unimprovedLimit() {
        return Duration.ofSeconds(unimprovedSeconds);
    }

    public Long getProvinceId() {
        return provinceId;
    }

    /** The weekly limit these settings set (read by the board's fair fill too: {@link WeeklyLimit#of}). */
    public WeeklyLimit weeklyLimit() {
        return new WeeklyLimit(maxSessionsPerWeek);
    }

    public int getMaxSessionsPerWeek() {
        return maxSessionsPerWeek;
    }

    public int getFairness() {
        return fairness;
    }

    public int getLanguage() {
        return language;
    }

    public int getExperience() {
        return experience;
    }

    public int getAvoided() {
        return avoided;
    }

    public int getPreferred() {
        return preferred;
    }

    public int getLoneSession() {
        return loneSession;
    }

    public int getOtherCommune() {
        return otherCommune;
    }

    public int getSolveSeconds() {
        return solveSeconds;
    }

    public int getUnimprovedSeconds() {
        return unimprovedSeconds;
    }

    public long getVersion() {
        return version;
    }
}
