package vn.cdtt.autoroster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.WeeklyLimit;

/**
 * Why each empty seat of a plan is empty, from the facts: every member who could sit there is checked against the
 * hard rules in turn – already on the shift, unavailable or busy with another duty, on another seat in that session,
 * at the weekly limit – and the cause follows from what is left ({@link EmptyCause}): nobody to plan at all, nobody
 * free then, only members at their weekly limit free, or someone free whom the solver did not reach. The empty seats
 * of one shift come out as one {@link EmptySession}. A language is never a cause: it is a wish, not a rule.
 */
public final class EmptySeats {

    private EmptySeats() {
    }

    public static List<EmptySession> explain(RosterPlan plan) {
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
        WeeklyLimit limit = plan.getRules().weeklyLimit();
        Map<PlanShift, EmptySession> result = new LinkedHashMap<>();
        for (Seat seat : plan.getSeats()) {
            if (seat.getMember() != null || seat.getOriginal() != null) {
                continue; // an unpinned assignment the plan leaves empty keeps its member
            }
            PlanShift sh = seat.getShift();
            EmptySession known = result.get(sh);
            if (known != null) {
                result.put(sh, known.plusSeat()); // every empty seat of a shift has the same facts
                continue;
            }
            String here = key(sh.getDate(), sh.getPart());
            int candidates = 0;
            int already = 0;
            int busyElsewhere = 0;
            int elsewhere = 0;
            int weekFull = 0;
            for (PlanMember m : seat.getCandidates()) {
                if (!m.isEligible()) {
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
                }
            }
            int freeThen = candidates - already - busyElsewhere - elsewhere;
            EmptyCause cause = candidates == 0 ? EmptyCause.NO_MEMBERS
                    : freeThen == 0 ? EmptyCause.NONE_FREE
                    : freeThen == weekFull ? EmptyCause.WEEK_LIMIT
                    : EmptyCause.NOT_REACHED;
            result.put(sh, new EmptySession(sh.getCommuneId(), sh.getCommuneName(), sh.getCommuneType(), cause,
                    sh.getSiteName(), sh.getDate(), sh.getPart(), 1, candidates, already, busyElsewhere, elsewhere,
                    weekFull, limit.max()));
        }
        return new ArrayList<>(result.values());
    }

    private static String key(LocalDate date, SessionPart part) {
        return date + "@" + part;
    }
}
