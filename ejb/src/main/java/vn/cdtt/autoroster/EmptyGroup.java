package vn.cdtt.autoroster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The empty seats of one commune that share a cause, with their sessions: what the proposal page lists (one line per
 * commune and cause, not one per seat), largest first.
 */
public record EmptyGroup(Long communeId, String communeName, String communeType, EmptyCause cause, int seats,
                         List<EmptySession> sessions) {

    /** The weekly limit the sessions were checked against. */
    public int max() {
        return sessions.isEmpty() ? 0 : sessions.get(0).max();
    }

    /** The members who could be planned in the commune (the most any of its sessions had). */
    public int candidates() {
        return sessions.stream().mapToInt(EmptySession::candidates).max().orElse(0);
    }

    /** Groups sessions by commune and cause: the most seats first, then by commune name; sessions in time order. */
    static List<EmptyGroup> of(List<EmptySession> sessions) {
        Map<String, List<EmptySession>> byKey = new LinkedHashMap<>();
        for (EmptySession s : sessions) {
            byKey.computeIfAbsent(s.communeId() + "@" + s.cause(), k -> new ArrayList<>()).add(s);
        }
        List<EmptyGroup> groups = new ArrayList<>();
        for (List<EmptySession> list : byKey.values()) {
            List<EmptySession> ordered = list.stream().sorted(Comparator.comparing(EmptySession::date)
                    .thenComparing(EmptySession::part).thenComparing(EmptySession::siteName)).toList();
            EmptySession first = ordered.get(0);
            groups.add(new EmptyGroup(first.communeId(), first.communeName(), first.communeType(), first.cause(),
                    ordered.stream().mapToInt(EmptySession::seats).sum(), ordered));
        }
        groups.sort(Comparator.comparingInt(EmptyGroup::seats).reversed()
                .thenComparing(g -> g.communeName() == null ? "" : g.communeName())
                .thenComparing(EmptyGroup::cause));
        return List.copyOf(groups);
    }
}
