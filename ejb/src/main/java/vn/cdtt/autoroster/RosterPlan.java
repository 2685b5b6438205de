package vn.cdtt.autoroster;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.duty.GreedyFill;
import vn.cdtt.duty.WeeklyLimit;

/**
 * The planning problem and its solution: the members, the shifts, the members' other duties, the rules, the seats
 * and the score. Hard: the staffing rules (never broken in a proposal); medium: empty seats; soft: fairness,
 * language, experience, preferences, split days, other communes.
 */
@PlanningSolution
public class RosterPlan {

    @ProblemFactCollectionProperty
    private List<PlanMember> members;

    @ProblemFactCollectionProperty
    private List<PlanShift> shifts;

    @ProblemFactCollectionProperty
    private List<BusySlot> busy;

    @ProblemFactProperty
    private PlanRules rules;

    @PlanningEntityCollectionProperty
    private List<Seat> seats;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> weights;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public RosterPlan() {
    }

    /**
     * The problem; each open seat gets its candidates: the eligible members of the shift's commune, or all eligible
     * members when the rules allow other communes.
     */
    public RosterPlan(List<PlanMember> members, List<PlanShift> shifts, List<BusySlot> busy, PlanRules rules,
                      List<Seat> seats, ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        List<PlanMember> all = members.stream().filter(PlanMember::isEligible).toList();
        java.util.Map<Long, List<PlanMember>> byCommune = all.stream()
                .collect(java.util.stream.Collectors.groupingBy(PlanMember::getCommuneId));
        for (Seat seat : seats) {
            if (seat.getCandidates().isEmpty()) {
                seat.withCandidates(rules.otherCommunesAllowed() ? all
                        : byCommune.getOrDefault(seat.getShift().getCommuneId(), List.of()));
            }
        }
        AvailabilityGroup.assign(members, seats, busy, rules.otherCommunesAllowed());
        this.members = members;
        this.shifts = shifts;
        this.busy = busy;
        this.rules = rules;
        this.seats = seats;
        this.weights = weights == null ? ConstraintWeightOverrides.none() : weights;
    }

    /** Who may be put on a seat at all: the eligible members (each seat narrows it to its own candidates). */
    public List<PlanMember> getCandidates() {
        return members.stream().filter(PlanMember::isEligible).toList();
    }

    public List<PlanMember> getMembers() {
        return members;
    }

    public List<PlanShift> getShifts() {
        return shifts;
    }

    public List<BusySlot> getBusy() {
        return busy;
    }

    public PlanRules getRules() {
        return rules;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getWeights() {
        return weights;
    }

    public void setWeights(ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        this.weights = weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /** Seats that were empty (not an existing assignment) which the plan fills. */
    public long filledSeats() {
        return seats.stream().filter(s -> !s.isPinned() && s.getOriginal() == null && s.getMember() != null).count();
    }

    /** Seats that were empty: the ones the plan is to fill (unpinned assignments are not among them). */
    public long emptySeats() {
        return seats.stream().filter(s -> !s.isPinned() && s.getOriginal() == null).count();
    }

    /** Seats of unpinned assignments: the plan may keep their member or give them to another. */
    public long unpinnedSeats() {
        return seats.stream().filter(s -> !s.isPinned() && s.getOriginal() != null).count();
    }

    /**
     * Fills the open empty seats in place by the greedy rule ({@link GreedyFill}, the board's fair fill's too): in
     * date and session order, each to the candidate who is free then, under the weekly limit and with the fewest
     * sessions so far. It never breaks a hard rule. The solver starts from it (a feasible, full plan within a second
     * even for the province's month) and improves it; the benchmark prints it as the baseline. Returns the plan.
     */
    public RosterPlan fillGreedily() {
        Set<String> taken = new HashSet<>();
        Map<PlanMember, Integer> load = new HashMap<>();
        Map<String, Integer> week = new HashMap<>();
        busy.forEach(b -> {
            taken.add(b.member().getId() + "@" + b.date() + "@" + b.part());
            if (b.shift()) {
                week.merge(b.member().getId() + "@" + b.week(), 1, Integer::sum);
            }
        });
        for (Seat s : seats) {
            if (s.getMember() != null) {
                taken.add(session(s.getMember(), s.getShift()));
                load.merge(s.getMember(), 1, Integer::sum);
                week.merge(s.getMember().getId() + "@" + s.getShift().getWeek(), 1, Integer::sum);
            }
        }
        WeeklyLimit limit = rules.weeklyLimit();
        List<Seat> open = seats.stream().filter(s -> !s.isPinned() && s.getMember() == null)
                .sorted(Comparator.comparing((Seat s) -> s.getShift().getDate())
                        .thenComparing(s -> s.getShift().getPart()))
                .toList();
        GreedyFill.fill(open, new GreedyFill.Seats<Seat, PlanMember>() {
            @Override
            public List<PlanMember> candidates(Seat seat) {
                return seat.getCandidates();
            }

            @Override
            public boolean free(PlanMember m, Seat seat) {
                return m.isEligible() && !taken.contains(session(m, seat.getShift()))
                        && limit.allowsAnother(week.getOrDefault(m.getId() + "@" + seat.getShift().getWeek(), 0));
            }

            @Override
            public int rank(PlanMember a, PlanMember b, Seat seat) {
                return Integer.compare(load.getOrDefault(a, 0), load.getOrDefault(b, 0));
            }

            @Override
            public void place(Seat seat, PlanMember m) {
                seat.setMember(m);
                taken.add(session(m, seat.getShift()));
                load.merge(m, 1, Integer::sum);
                week.merge(m.getId() + "@" + seat.getShift().getWeek(), 1, Integer::sum);
            }
        });
        return this;
    }

    private static String session(PlanMember m, PlanShift sh) {
        return m.getId() + "@" + sh.getDate() + "@" + sh.getPart();
    }

    /** Seats the solver had to fill. */
    public long openSeats() {
        return seats.stream().filter(s -> !s.isPinned()).count();
    }
}
