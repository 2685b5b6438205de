package vn.cdtt.autoroster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.commune.SessionPart;

/**
 * What a solve proposes: who goes where (only the seats it fills; existing assignments stay as they are), the
 * fairness figures, and why each seat it leaves empty stays empty.
 */
public record Proposal(List<ProposedSeat> seats, List<EmptyReason> empty, Fairness fairness, String score,
                       long filled, long open) {

    /** One seat the solver fills. */
    public record ProposedSeat(Long shiftId, String siteName, LocalDate date, SessionPart part, Long memberId,
                               String memberName) {
    }

    /** An empty seat and why. */
    public record EmptyReason(String siteName, LocalDate date, SessionPart part, LocalizedText reason) {
    }

    /**
     * Sessions per member in the period (existing assignments included), over the members who may be planned:
     * the fewest, the most, and the spread (most minus fewest) of the commune where it is widest.
     */
    public record Fairness(int min, int max, int spread) {
    }

    static Proposal of(RosterPlan plan) {
        List<ProposedSeat> seats = plan.getSeats().stream().filter(s -> !s.isPinned() && s.getMember() != null)
                .map(s -> new ProposedSeat(s.getShift().getId(), s.getShift().getSiteName(), s.getShift().getDate(),
                        s.getShift().getPart(), s.getMember().getId(), s.getMember().getName()))
                .sorted(Comparator.comparing(ProposedSeat::siteName).thenComparing(ProposedSeat::date)
                        .thenComparing(ProposedSeat::part).thenComparing(ProposedSeat::memberName))
                .toList();
        List<EmptyReason> empty = EmptySeats.explain(plan).stream()
                .map(e -> new EmptyReason(e.shift().getSiteName(), e.shift().getDate(), e.shift().getPart(),
                        e.reason()))
                .sorted(Comparator.comparing(EmptyReason::date).thenComparing(EmptyReason::part)
                        .thenComparing(EmptyReason::siteName))
                .toList();
        return new Proposal(seats, empty, fairness(plan), String.valueOf(plan.getScore()), plan.filledSeats(),
                plan.openSeats());
    }

    static Fairness fairness(RosterPlan plan) {
        Map<PlanMember, Integer> load = new HashMap<>();
        plan.getSeats().stream().filter(s -> s.getMember() != null)
                .forEach(s -> load.merge(s.getMember(), 1, Integer::sum));
        Map<Long, List<Integer>> byCommune = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (PlanMember m : plan.getCandidates()) {
            int n = load.getOrDefault(m, 0);
            all.add(n);
            byCommune.computeIfAbsent(m.getCommuneId(), c -> new ArrayList<>()).add(n);
        }
        if (all.isEmpty()) {
            return new Fairness(0, 0, 0);
        }
        int spread = byCommune.values().stream()
                .mapToInt(l -> l.stream().max(Integer::compare).orElse(0) - l.stream().min(Integer::compare).orElse(0))
                .max().orElse(0);
        return new Fairness(all.stream().min(Integer::compare).orElse(0), all.stream().max(Integer::compare).orElse(0),
                spread);
    }
}
