package vn.cdtt.allowance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a commune owes for one month, in plain Java over the work the statement's queries returned (so it runs
 * without a database, and the same way for the month itself and for re-checking an approved month):
 * <ul>
 *   <li>each attended duty session and each held training at the rate of the version in force on its day, for
 *   the province's policy and, apart, for the commune's top-up; a day a member served a helper request is paid once
 *   at the mobilised-day rate instead, where the version has one;</li>
 *   <li>the flat monthly amounts (per active member with enough attended sessions; per team, to its leader) and the
 *   caps at the version in force at the end of the month (or the last one in force during it);</li>
 *   <li>the caps as negative lines: first per member, then per team, the team's cut shared in proportion to what
 *   each member has left (whole VND, the remainder to the largest amounts first).</li>
 * </ul>
 * The result is sorted, so computing the same work twice gives the same lines.
 */
public final class MonthCalculator {

    private static final DateTimeFormatter YM = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private MonthCalculator() {
    }

    public static List<Due> month(YearMonth month, Work work, List<AllowancePolicy> policies) {
        List<Due> all = new ArrayList<>();
        for (FundingSource funding : FundingSource.values()) {
            List<AllowancePolicy> versions = policies.stream().filter(p -> p.getFunding() == funding).toList();
            if (versions.stream().anyMatch(p -> p.touches(month))) {
                all.addAll(ofSource(month, work, versions, funding));
            }
        }
        all.sort(Comparator.comparing(Due::memberId).thenComparing(Due::date).thenComparing(Due::component)
                .thenComparing(Due::funding).thenComparing(Due::workKey));
        return all;
    }

    private static List<Due> ofSource(YearMonth month, Work work, List<AllowancePolicy> versions, FundingSource funding) {
        String ym = month.format(YM);
        List<Due> dues = new ArrayList<>();
        Map<Long, Integer> sessions = new HashMap<>();
        Set<String> mobilisedDays = new HashSet<>();
        for (Work.Duty d : work.duties()) {
            if (YearMonth.from(d.date()).equals(month)) {
                sessions.merge(d.memberId(), 1, Integer::sum);
                inForce(versions, d.date()).ifPresent(p -> {
                    long dayRate = p.rate(AllowanceComponent.MOBILISED_DAY, null);
                    if (d.mobilised() && dayRate > 0) {
                        String day = "MD" + d.memberId() + "-" + d.date().format(YMD);
                        if (mobilisedDays.add(day)) {
                            add(dues, new Due(d.memberId(), AllowanceComponent.MOBILISED_DAY, funding, day, d.date(),
                                    p.getId(), d.shiftId(), null, d.place(), dayRate, 0));
                        }
                    } else {
                        add(dues, new Due(d.memberId(), AllowanceComponent.DUTY_SESSION, funding, "D" + d.assignmentId(),
                                d.date(), p.getId(), d.shiftId(), null, d.place(),
                                p.rate(AllowanceComponent.DUTY_SESSION, d.site()), 0));
                    }
                });
            }
        }
        for (Work.Training t : work.trainings()) {
            if (YearMonth.from(t.date()).equals(month)) {
                AllowanceComponent c = t.lead() ? AllowanceComponent.TRAINING_LEAD : AllowanceComponent.TRAINING_ASSISTANT;
                inForce(versions, t.date()).ifPresent(p -> add(dues, new Due(t.memberId(), c, funding,
                        "T" + t.sessionId() + "-" + t.memberId(), t.date(), p.getId(), null, t.sessionId(), t.place(),
                        p.rate(c, null), 0)));
            }
        }
        Optional<AllowancePolicy> monthly = atEndOf(versions, month);
        if (monthly.isEmpty()) {
            return dues;
        }
        AllowancePolicy p = monthly.get();
        LocalDate last = month.atEndOfMonth();
        Map<Long, Long> teamOf = new HashMap<>();
        for (Work.Person m : work.members()) {
            if (!m.activeIn(month)) {
                continue;
            }
            if (m.teamId() != null) {
                teamOf.put(m.memberId(), m.teamId());
            }
            if (sessions.getOrDefault(m.memberId(), 0) >= p.getMemberMonthlyMinSessions()) {
                add(dues, new Due(m.memberId(), AllowanceComponent.MEMBER_MONTHLY, funding, "MM" + m.memberId() + "-" + ym,
                        last, p.getId(), null, null, null, p.rate(AllowanceComponent.MEMBER_MONTHLY, null), 0));
            }
        }
        new TreeMap<>(work.teamLeaders()).forEach((team, leader) -> {
            if (teamOf.containsKey(leader)) {
                add(dues, new Due(leader, AllowanceComponent.TEAM_MONTHLY, funding, "TM" + team + "-" + ym, last,
                        p.getId(), null, null, null, p.rate(AllowanceComponent.TEAM_MONTHLY, null), 0));
            }
        });
        Map<Long, Long> perMember = totals(dues);
        if (p.getMemberMonthCap() != null) {
            long cap = p.getMemberMonthCap();
            perMember.forEach((member, total) -> {
                if (total > cap) {
                    dues.add(new Due(member, AllowanceComponent.MEMBER_CAP, funding, "MC" + member + "-" + ym, last,
                            p.getId(), null, null, null, cap, cap - total));
                }
            });
            perMember = totals(dues);
        }
        if (p.getTeamMonthCap() != null) {
            teamCap(dues, perMember, teamOf, p, funding, ym, last);
        }
        return dues;
    }

    /** Shares the cut of each team over its cap among its members, in proportion to what each has left. */
    private static void teamCap(List<Due> dues, Map<Long, Long> perMember, Map<Long, Long> teamOf, AllowancePolicy p,
                                FundingSource funding, String ym, LocalDate last) {
        long cap = p.getTeamMonthCap();
        Map<Long, Map<Long, Long>> byTeam = new TreeMap<>();
        perMember.forEach((member, total) -> {
            Long team = teamOf.get(member);
            if (team != null && total > 0) {
                byTeam.computeIfAbsent(team, t -> new TreeMap<>()).put(member, total);
            }
        });
        byTeam.forEach((team, members) -> {
            long total = members.values().stream().mapToLong(Long::longValue).sum();
            long excess = total - cap;
            if (excess <= 0) {
                return;
            }
            Map<Long, Long> cut = new LinkedHashMap<>();
            long shared = 0;
            for (Map.Entry<Long, Long> e : members.entrySet()) {
                long share = Math.floorDiv(excess * e.getValue(), total);
                cut.put(e.getKey(), share);
                shared += share;
            }
            List<Long> largestFirst = members.entrySet().stream()
                    .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            for (int i = 0; shared < excess; i++, shared++) {
                cut.merge(largestFirst.get(i % largestFirst.size()), 1L, Long::sum);
            }
            cut.forEach((member, amount) -> {
                if (amount > 0) {
                    dues.add(new Due(member, AllowanceComponent.TEAM_CAP, funding, "TC" + team + "-" + member + "-" + ym,
                            last, p.getId(), null, null, null, cap, -amount));
                }
            });
        });
    }

    private static void add(List<Due> dues, Due due) {
        if (due.rate() > 0) {
            dues.add(due.withAmount(due.rate()));
        }
    }

    private static Map<Long, Long> totals(List<Due> dues) {
        Map<Long, Long> t = new TreeMap<>();
        dues.forEach(d -> t.merge(d.memberId(), d.amount(), Long::sum));
        return t;
    }

    /** The version in force on a day (versions of one funding source never overlap). */
    static Optional<AllowancePolicy> inForce(List<AllowancePolicy> versions, LocalDate day) {
        return versions.stream().filter(p -> p.covers(day)).findFirst();
    }

    /** The version in force on the last day of the month, or else the last one in force during it. */
    static Optional<AllowancePolicy> atEndOf(List<AllowancePolicy> versions, YearMonth month) {
        return inForce(versions, month.atEndOfMonth()).or(() -> versions.stream().filter(p -> p.touches(month))
                .max(Comparator.comparing(AllowancePolicy::getValidFrom)));
    }
}
