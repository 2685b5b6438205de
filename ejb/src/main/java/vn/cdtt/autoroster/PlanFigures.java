package vn.cdtt.autoroster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a plan achieves, in figures a coordinator reads without knowing the solver: of the {@code open} empty seats
 * how many it fills; the fewest and the most sessions a member of the communes planned has in the period (existing
 * assignments count) and the widest such spread inside one commune; of the shifts of communes that want a minority language how many have a
 * speaker of it; how many seats it gives on a day or session the member prefers, and on one they asked to avoid.
 * The page shows them for the proposal beside the quick fill of the same period.
 */
public record PlanFigures(int open, int filled, int fewest, int most, int spread, int languageShifts,
                          int withSpeaker, int preferred, int avoided) {

    /** The figures of the plan as it is now. */
    static PlanFigures of(RosterPlan plan) {
        int open = 0;
        int filled = 0;
        int preferred = 0;
        int avoided = 0;
        Map<PlanMember, Integer> load = new HashMap<>();
        Map<PlanShift, Boolean> speaker = new HashMap<>();
        Set<PlanShift> shifts = new HashSet<>();
        for (Seat s : plan.getSeats()) {
            PlanShift sh = s.getShift();
            shifts.add(sh);
            PlanMember m = s.getMember();
            if (!s.isPinned() && s.getOriginal() == null) {
                open++;
                if (m != null) {
                    filled++;
                }
            }
            if (m == null) {
                continue;
            }
            load.merge(m, 1, Integer::sum);
            if (sh.getLanguage() != null && m.speaks(sh.getLanguage())) {
                speaker.put(sh, true);
            }
            if (!s.isPinned() && m.prefers(sh.getDay(), sh.getPart())) {
                preferred++;
            }
            if (!s.isPinned() && m.avoids(sh.getDay(), sh.getPart())) {
                avoided++;
            }
        }
        int languageShifts = (int) shifts.stream().filter(sh -> sh.getLanguage() != null).count();
        // the members of the communes planned (a commune run that may draw on other communes still speaks of its own)
        Set<Long> communes = new HashSet<>();
        shifts.forEach(sh -> communes.add(sh.getCommuneId()));
        List<PlanMember> members = plan.getCandidates().stream().filter(m -> communes.contains(m.getCommuneId())).toList();
        int fewest = members.stream().mapToInt(m -> load.getOrDefault(m, 0)).min().orElse(0);
        int most = members.stream().mapToInt(m -> load.getOrDefault(m, 0)).max().orElse(0);
        Map<Long, int[]> byCommune = new HashMap<>();
        for (PlanMember m : members) {
            int n = load.getOrDefault(m, 0);
            int[] range = byCommune.computeIfAbsent(m.getCommuneId(), c -> new int[] {n, n});
            range[0] = Math.min(range[0], n);
            range[1] = Math.max(range[1], n);
        }
        int spread = byCommune.values().stream().mapToInt(r -> r[1] - r[0]).max().orElse(0);
        return new PlanFigures(open, filled, fewest, most, spread, languageShifts, speaker.size(), preferred, avoided);
    }
}
