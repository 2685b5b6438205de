package vn.cdtt.autoroster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.commune.SessionPart;

/**
 * Why each empty seat of a plan is empty: every member who could sit there is checked against the hard rules, and
 * the reason names how many each rule kept away (on the shift already, busy with another duty or unavailable, on
 * another seat in that session, at the weekly limit) – or, when someone was free, that the solver stopped before
 * it got there. Language is named when the commune wants one and no free member speaks it.
 */
public final class EmptySeats {

    private EmptySeats() {
    }

    public static List<EmptySeat> explain(RosterPlan plan) {
        Map<PlanMember, Set<String>> taken = new HashMap<>();
        Map<PlanMember, Map<LocalDate, Integer>> perWeek = new HashMap<>();
        Map<PlanShift, Set<PlanMember>> onShift = new HashMap<>();
        for (Seat s : plan.getSeats()) {
            if (s.getMember() != null) {
                taken.computeIfAbsent(s.getMember(), m -> new HashSet<>()).add(key(s.getShift().getDate(),
                        s.getShift().getPart()));
                perWeek.computeIfAbsent(s.getMember(), m -> new HashMap<>()).merge(s.getShift().getWeek(), 1,
                        Integer::sum);
                onShift.computeIfAbsent(s.getShift(), x -> new HashSet<>()).add(s.getMember());
            }
        }
        Map<PlanMember, Set<String>> busy = new HashMap<>();
        for (BusySlot b : plan.getBusy()) {
            busy.computeIfAbsent(b.member(), m -> new HashSet<>()).add(key(b.date(), b.part()));
            if (b.shift()) {
                perWeek.computeIfAbsent(b.member(), m -> new HashMap<>()).merge(b.week(), 1, Integer::sum);
            }
        }
        vn.cdtt.duty.WeeklyLimit limit = plan.getRules().weeklyLimit();
        int max = limit.max();
        boolean others = plan.getRules().otherCommunesAllowed();
        List<EmptySeat> result = new ArrayList<>();
        for (Seat seat : plan.getSeats()) {
            if (seat.getMember() != null || seat.getOriginal() != null) {
                continue; // an unpinned assignment the plan leaves empty keeps its member
            }
            PlanShift sh = seat.getShift();
            String here = key(sh.getDate(), sh.getPart());
            int candidates = 0;
            int already = 0;
            int busyElsewhere = 0;
            int elsewhere = 0;
            int weekFull = 0;
            int freeSpeakers = 0;
            for (PlanMember m : plan.getCandidates()) {
                if (!others && !m.getCommuneId().equals(sh.getCommuneId())) {
                    continue;
                }
                candidates++;
                if (onShift.getOrDefault(sh, Set.of()).contains(m)) {
                    already++;
                } else if (busy.getOrDefault(m, Set.of()).contains(here)) {
                    busyElsewhere++;
                } else if (taken.getOrDefault(m, Set.of()).contains(here)) {
                    elsewhere++;
                } else if (!limit.allowsAnother(perWeek.getOrDefault(m, Map.of()).getOrDefault(sh.getWeek(), 0))) {
                    weekFull++;
                } else if (sh.getLanguage() != null && m.speaks(sh.getLanguage())) {
                    freeSpeakers++;
                }
            }
            int free = candidates - already - busyElsewhere - elsewhere - weekFull;
            LocalizedText reason;
            if (candidates == 0) {
                reason = LocalizedText.of("autoroster.empty.noMembers", sh.getDay(), sh.getPart(), sh.getSiteName());
            } else if (free > 0) {
                reason = LocalizedText.of("autoroster.empty.stopped", sh.getDay(), sh.getPart(), sh.getSiteName(),
                        free);
            } else {
                reason = LocalizedText.of(sh.getLanguage() != null && freeSpeakers == 0
                                ? "autoroster.empty.noneFreeLanguage" : "autoroster.empty.noneFree",
                        sh.getDay(), sh.getPart(), sh.getSiteName(), already, busyElsewhere, elsewhere, weekFull, max,
                        new LocalizedText.Name(sh.getLanguageName(), sh.getLanguageNameEn()));
            }
            result.add(new EmptySeat(sh, reason));
        }
        return result;
    }

    private static String key(LocalDate date, SessionPart part) {
        return date + "@" + part;
    }
}
