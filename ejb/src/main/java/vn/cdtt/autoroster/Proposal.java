package vn.cdtt.autoroster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * One seat the solver fills; for an unpinned assignment it gives to someone else (a move), the member who had it
     * ({@code replacesId} null for a seat that was empty).
     */
    public record ProposedSeat(Long shiftId, String siteName, LocalDate date, SessionPart part, Long memberId,
                               String memberName, Long replacesId, String replacesName) {

        public ProposedSeat(Long shiftId, String siteName, LocalDate date, SessionPart part, Long memberId,
                            String memberName) {
            this(shiftId, siteName, date, part, memberId, memberName, null, null);
        }

        public boolean isMove() {
            return replacesId != null;
        }
    }

    /** An empty seat and why. */
    public record EmptyReason(String siteName, LocalDate date, SessionPart part, LocalizedText reason) {
    }

    /**
     * Sessions per member in the period (existing assignments included), over the members who may be planned: the
     * fewest and the most of all; the widest spread (most minus fewest) inside a group of members with the same
     * availability ({@link AvailabilityGroup}) – the figure fairness aims to keep at 1 or less; how many such groups
     * of two or more members there are, and the largest one's size, fewest and most.
     */
    public record Fairness(int min, int max, int spread, int groups, int largest, int largestMin, int largestMax) {
    }

    static Proposal of(RosterPlan plan) {
        List<ProposedSeat> seats = plan.getSeats().stream().filter(Seat::isChange)
                .map(s -> new ProposedSeat(s.getShift().getId(), s.getShift().getSiteName(), s.getShift().getDate(),
                        s.getShift().getPart(), s.getMember().getId(), s.getMember().getName(),
                        s.getOriginal() == null ? null : s.getOriginal().getId(),
                        s.getOriginal() == null ? null : s.getOriginal().getName()))
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
        Map<AvailabilityGroup, List<Integer>> byGroup = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (PlanMember m : plan.getCandidates()) {
            int n = load.getOrDefault(m, 0);
            all.add(n);
            byGroup.computeIfAbsent(m.getAvailability(), c -> new ArrayList<>()).add(n);
        }
        if (all.isEmpty()) {
            return new Fairness(0, 0, 0, 0, 0, 0, 0);
        }
        List<List<Integer>> shared = byGroup.values().stream().filter(l -> l.size() > 1).toList();
        int spread = shared.stream().mapToInt(l -> Collections.max(l) - Collections.min(l)).max().orElse(0);
        List<Integer> largest = shared.stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
        return new Fairness(Collections.min(all), Collections.max(all), spread, shared.size(), largest.size(),
                largest.isEmpty() ? 0 : Collections.min(largest), largest.isEmpty() ? 0 : Collections.max(largest));
    }
}
