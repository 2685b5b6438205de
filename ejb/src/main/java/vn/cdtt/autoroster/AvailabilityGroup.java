package vn.cdtt.autoroster;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Members with the same availability: of the same commune (or all of the province when the run draws on other
 * communes) and free in exactly the same sessions of the period – the sessions of the plan's seats still to fill,
 * less their unavailability and other duties (trainings, helper requests, shifts outside the plan). Fairness is
 * "members with the same availability get the same number of sessions": the rule and the figures are per group.
 * Equality is by key; {@code size} is how many planned members share it (members with no session at all count).
 */
public record AvailabilityGroup(String key, int size) {

    /** A member alone in their group (the default, until {@link #assign} has grouped a plan's members). */
    static AvailabilityGroup alone(Long memberId) {
        return new AvailabilityGroup("m" + memberId, 1);
    }

    /**
     * Groups the plan's eligible members by availability and tells each member their group. The sessions of a
     * member's commune are those of the seats the solver may fill (open or unpinned).
     */
    static void assign(List<PlanMember> members, List<Seat> seats, List<BusySlot> busy, boolean otherCommunes) {
        Map<String, Integer> sessionIndex = new HashMap<>();
        Map<Long, Set<Integer>> communeSessions = new HashMap<>();
        Set<Integer> allSessions = new HashSet<>();
        for (Seat s : seats) {
            if (s.isPinned()) {
                continue;
            }
            PlanShift sh = s.getShift();
            int i = sessionIndex.computeIfAbsent(sh.getDate() + "@" + sh.getPart(), k -> sessionIndex.size());
            communeSessions.computeIfAbsent(sh.getCommuneId(), c -> new HashSet<>()).add(i);
            allSessions.add(i);
        }
        Map<PlanMember, Set<Integer>> busyOf = new HashMap<>();
        for (BusySlot b : busy) {
            Integer i = sessionIndex.get(b.date() + "@" + b.part());
            if (i != null) {
                busyOf.computeIfAbsent(b.member(), m -> new HashSet<>()).add(i);
            }
        }
        Map<String, List<PlanMember>> groups = new LinkedHashMap<>();
        for (PlanMember m : members) {
            if (!m.isEligible()) {
                continue;
            }
            BitSet free = new BitSet();
            Set<Integer> sessions = otherCommunes ? allSessions : communeSessions.getOrDefault(m.getCommuneId(), Set.of());
            Set<Integer> taken = busyOf.getOrDefault(m, Set.of());
            for (int i : sessions) {
                if (!taken.contains(i)) {
                    free.set(i);
                }
            }
            String key = (otherCommunes ? "p" : "c" + m.getCommuneId()) + ":" + java.util.Arrays.toString(free.toLongArray());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        groups.forEach((key, list) -> {
            AvailabilityGroup g = new AvailabilityGroup(key, list.size());
            list.forEach(m -> m.setAvailability(g));
        });
    }
}
