package vn.cdtt.autoroster;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a roster. Hard ones are the staffing rules of manual assignment (a proposal never breaks them);
 * the medium one counts empty seats, so filling a seat always beats any soft gain; soft ones make the plan fair
 * and good. The soft weights are defaults that the province's settings override.
 */
public class RosterConstraints implements ConstraintProvider {

    public static final String ONE_DUTY_PER_SESSION = "one duty per session";
    public static final String BUSY_ELSEWHERE = "busy elsewhere";
    public static final String NOT_ACTIVE = "member not active";
    public static final String OTHER_COMMUNE_NOT_ALLOWED = "other commune not allowed";
    public static final String TOO_MANY_SESSIONS = "too many sessions in a week";
    public static final String EMPTY_SEAT = "empty seat";
    public static final String FAIRNESS = "fairness";
    public static final String LANGUAGE = "language";
    public static final String EXPERIENCE = "experience";
    public static final String AVOIDED = "avoided session";
    public static final String PREFERRED = "preferred session";
    public static final String LONE_SESSION = "lone session on a day";
    public static final String OTHER_COMMUNE = "other commune";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                oneDutyPerSession(factory), busyElsewhere(factory), notActive(factory),
                otherCommuneNotAllowed(factory), tooManySessions(factory),
                emptySeat(factory),
                fairness(factory), language(factory), experience(factory), avoided(factory), preferred(factory),
                loneSession(factory), otherCommune(factory)
        };
    }

    /** Hard: a member is in one place per session (two seats of the same day and session). */
    Constraint oneDutyPerSession(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class, equal(Seat::getMember),
                        equal(s -> s.getShift().getDate()), equal(s -> s.getShift().getPart()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(ONE_DUTY_PER_SESSION);
    }

    /** Hard: not on a seat when another duty or their own unavailability takes that session. */
    Constraint busyElsewhere(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(s -> !s.isPinned())
                .join(BusySlot.class, equal(Seat::getMember, BusySlot::member),
                        equal(s -> s.getShift().getDate(), BusySlot::date),
                        equal(s -> s.getShift().getPart(), BusySlot::part))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(BUSY_ELSEWHERE);
    }

    /** Hard: only active members are planned. */
    Constraint notActive(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(s -> !s.isPinned() && !s.getMember().isActive())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(NOT_ACTIVE);
    }

    /** Hard: a member of another commune only when the run allows it. */
    Constraint otherCommuneNotAllowed(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(s -> !s.isPinned() && !s.getMember().getCommuneId().equals(s.getShift().getCommuneId()))
                .join(PlanRules.class, filtering((s, r) -> !r.otherCommunesAllowed()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(OTHER_COMMUNE_NOT_ALLOWED);
    }

    /** Hard: at most N sessions a week per member, counting their shifts outside the plan; penalised per extra one. */
    Constraint tooManySessions(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .map(Seat::getMember, s -> s.getShift().getWeek())
                .concat(factory.forEach(BusySlot.class).filter(BusySlot::shift).map(BusySlot::member, BusySlot::week))
                .groupBy((m, w) -> m, (m, w) -> w, countBi())
                .join(PlanRules.class, filtering((m, w, n, r) -> r.weeklyLimit().excess(n) > 0))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (m, w, n, r) -> r.weeklyLimit().excess(n))
                .asConstraint(TOO_MANY_SESSIONS);
    }

    /** Medium: a seat stays empty. */
    Constraint emptySeat(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Seat.class)
                .filter(s -> s.getMember() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(EMPTY_SEAT);
    }

    /**
     * Soft: members with the same availability ({@link AvailabilityGroup}) get the same number of sessions in the
     * period (existing assignments count). Per group of k members with n sessions each, the cost is
     * Σn² + Σ(n − n̄)² = Σn² + (k·Σn² − (Σn)²) / k (rounded down): the squares keep anyone from taking more than their
     * share, whatever their group, and the group's deviation from its own mean makes an uneven spread inside a group
     * cost more than the same spread between members whose availability differs. The deviation is the sum over pairs
     * divided by k: undivided, a large group with fewer seats than members would push its sessions onto members who
     * are alone in their group (one declared absence gave a member five sessions while forty others had none). With
     * the default weight (1000) an even spread beats any language, experience or preference gain. Members without a
     * session add nothing, so the group's size comes with the group.
     */
    Constraint fairness(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getMember, count())
                .groupBy((m, n) -> m.getAvailability(), sumLong((m, n) -> (long) n * n), sumLong((m, n) -> n))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(1000),
                        (g, squares, sum) -> squares + (g.size() * squares - sum * sum) / g.size())
                .asConstraint(FAIRNESS);
    }

    /** Soft: a session of a commune with a minority language has a member who speaks it. */
    Constraint language(ConstraintFactory factory) {
        return factory.forEach(PlanShift.class)
                .filter(sh -> sh.getLanguage() != null)
                .ifNotExists(Seat.class, equal(sh -> sh, Seat::getShift),
                        filtering((sh, s) -> s.getMember() != null && s.getMember().speaks(sh.getLanguage())))
                .penalize(HardMediumSoftLongScore.ofSoft(50))
                .asConstraint(LANGUAGE);
    }

    /** Soft: a pair (or more) on a shift has at least one member with five attended shifts. */
    Constraint experience(ConstraintFactory factory) {
        return factory.forEach(PlanShift.class)
                .filter(sh -> sh.getSeats() >= 2)
                .ifExists(Seat.class, equal(sh -> sh, Seat::getShift))
                .ifNotExists(Seat.class, equal(sh -> sh, Seat::getShift),
                        filtering((sh, s) -> s.getMember() != null && s.getMember().isExperienced()))
                .penalize(HardMediumSoftLongScore.ofSoft(30))
                .asConstraint(EXPERIENCE);
    }

    /** Soft: a member put on a weekday or session they asked to avoid. */
    Constraint avoided(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(s -> !s.isPinned() && s.getMember().avoids(s.getShift().getDay(), s.getShift().getPart()))
                .penalize(HardMediumSoftLongScore.ofSoft(20))
                .asConstraint(AVOIDED);
    }

    /** Soft (a reward): a member put on a weekday or session they prefer. */
    Constraint preferred(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(s -> !s.isPinned() && s.getMember().prefers(s.getShift().getDay(), s.getShift().getPart()))
                .reward(HardMediumSoftLongScore.ofSoft(5))
                .asConstraint(PREFERRED);
    }

    /** Soft: a member who asked for fewer days has a day with a single session (both sessions of a day are fine). */
    Constraint loneSession(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(s -> s.getMember().wantsFewerDays())
                .groupBy(Seat::getMember, s -> s.getShift().getDate(), count())
                .filter((m, d, n) -> n == 1)
                .penalize(HardMediumSoftLongScore.ofSoft(10))
                .asConstraint(LONE_SESSION);
    }

    /** Soft: a member of another commune, when the run allows it. */
    Constraint otherCommune(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(s -> !s.isPinned() && !s.getMember().getCommuneId().equals(s.getShift().getCommuneId()))
                .join(PlanRules.class, filtering((s, r) -> r.otherCommunesAllowed()))
                .penalize(HardMediumSoftLongScore.ofSoft(40))
                .asConstraint(OTHER_COMMUNE);
    }
}
