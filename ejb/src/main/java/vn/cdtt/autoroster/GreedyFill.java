package vn.cdtt.autoroster;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simple greedy fill: the open seats in date and session order, each to the candidate who is free then, under the
 * weekly limit and has the fewest sessions so far. It never breaks a hard rule. The solver starts from it (so a
 * feasible, full plan exists within a second even for the province's month) and improves it; the benchmark prints it
 * as the baseline.
 */
public final class GreedyFill {

    private GreedyFill() {
    }

    /** Fills the plan's open empty seats in place and returns it. */
    public static RosterPlan fill(RosterPlan plan) {
        Set<String> taken = new HashSet<>();
        Map<PlanMember, Integer> load = new HashMap<>();
        Map<String, Integer> week = new HashMap<>();
        plan.getBusy().forEach(b -> {
            taken.add(key(b.member(), b));
            if (b.shift()) {
                week.merge(b.member().getId() + "@" + b.week(), 1, Integer::sum);
            }
        });
        for (Seat s : plan.getSeats()) {
            if (s.getMember() != null) {
                taken.add(key(s.getMember(), s.getShift()));
                load.merge(s.getMember(), 1, Integer::sum);
                week.merge(s.getMember().getId() + "@" + s.getShift().getWeek(), 1, Integer::sum);
            }
        }
        int max = plan.getRules().maxSessionsPerWeek();
        List<Seat> open = plan.getSeats().stream().filter(s -> !s.isPinned() && s.getMember() == null)
                .sorted(Comparator.comparing((Seat s) -> s.getShift().getDate())
                        .thenComparing(s -> s.getShift().getPart()))
                .toList();
        for (Seat s : open) {
            PlanShift sh = s.getShift();
            PlanMember pick = null;
            for (PlanMember m : s.getCandidates()) {
                if (!m.isEligible() || taken.contains(key(m, sh))
                        || week.getOrDefault(m.getId() + "@" + sh.getWeek(), 0) >= max) {
                    continue;
                }
                if (pick == null || load.getOrDefault(m, 0) < load.getOrDefault(pick, 0)) {
                    pick = m;
                }
            }
            if (pick != null) {
                s.setMember(pick);
                taken.add(key(pick, sh));
                load.merge(pick, 1, Integer::sum);
                week.merge(pick.getId() + "@" + sh.getWeek(), 1, Integer::sum);
            }
        }
        return plan;
    }

    private static String key(PlanMember m, PlanShift sh) {
        return m.getId() + "@" + sh.getDate() + "@" + sh.getPart();
    }

    private static String key(PlanMember m, BusySlot b) {
        return m.getId() + "@" + b.date() + "@" + b.part();
    }
}
