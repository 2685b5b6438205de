package vn.cdtt.autoroster;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.cdtt.autoroster.PlanMember.DutyPreferences;
import vn.cdtt.commune.SessionPart;

/**
 * The automatic rostering benchmark (README, "Tự động xếp lịch"): generated province data – 137 sites in 130
 * communes, 3,000 members with unavailability, trainings, minority languages, experience and preferences – and a
 * month of seats. Prints the time to the first feasible plan, then score and fairness figures at 5 s, 30 s and 60 s,
 * beside a greedy fill (least-loaded free member first) of the same problem. Plain Java, no server:
 * {@code mvn -q test -Dtest=RosterBenchmarkTest -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.seconds=60} by default).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RosterBenchmarkTest {

    private static final LocalDate FIRST = LocalDate.of(2030, 4, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 4, 30);
    private static final int COMMUNES = 130;
    private static final int SITES = 137;
    private static final int MEMBERS = 3000;

    @Test
    void provinceMonth() throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 60);
        System.out.printf(Locale.ROOT, "%nAutomatic rostering benchmark: %d sites, %d communes, %d members, %s – %s, "
                + "%d cores%n", SITES, COMMUNES, MEMBERS, FIRST, LAST, Runtime.getRuntime().availableProcessors());

        RosterPlan greedyProblem = generate(new Random(42));
        long g0 = System.nanoTime();
        RosterPlan greedy = greedy(greedyProblem);
        long greedyMs = (System.nanoTime() - g0) / 1_000_000;
        System.out.printf(Locale.ROOT, "seats: %d open, %d pinned%n", greedy.openSeats(),
                greedy.getSeats().size() - greedy.openSeats());
        System.out.println(header());
        System.out.println(row("greedy (" + greedyMs + " ms)", figures(greedy)));

        RosterPlan problem = generate(new Random(42));
        if (!Boolean.getBoolean("benchmark.cold")) {
            problem.fillGreedily(); // the service starts from the greedy fill, too
        }
        Solver<RosterPlan> solver = SolverFactory.<RosterPlan>create(
                RosterSolverConfig.of(Duration.ofSeconds(seconds), null)).buildSolver();
        AtomicReference<RosterPlan> best = new AtomicReference<>();
        AtomicLong firstFeasible = new AtomicLong();
        long start = System.nanoTime();
        solver.addEventListener(e -> {
            RosterPlan plan = e.getNewBestSolution();
            best.set(plan);
            if (firstFeasible.get() == 0 && plan.getScore().isFeasible()) {
                firstFeasible.set(System.nanoTime() - start);
            }
        });
        Thread sampler = new Thread(() -> {
            for (int at : new int[] {5, 30, 60}) {
                if (at > seconds) {
                    break;
                }
                try {
                    long wait = start + at * 1_000_000_000L - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000);
                    }
                } catch (InterruptedException ex) {
                    return;
                }
                RosterPlan plan = best.get();
                System.out.println(plan == null ? "timefold " + at + " s: no plan yet"
                        : row("timefold " + at + " s", figures(plan)));
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        RosterPlan end = solver.solve(problem);
        sampler.join(5_000);
        System.out.printf(Locale.ROOT, "first feasible plan after %.1f s; final score %s%n",
                firstFeasible.get() / 1e9, end.getScore());
    }

    /** The province, with a fixed seed so every run solves the same problem. */
    static RosterPlan generate(Random r) {
        List<PlanMember> members = new ArrayList<>();
        Map<Long, String> language = new HashMap<>();
        String[] languages = {"jrai", "bahnar"};
        long memberId = 1;
        int[] sizes = new int[COMMUNES];
        for (int i = 0; i < MEMBERS; i++) {
            sizes[i < COMMUNES * 12 ? i % COMMUNES : r.nextInt(COMMUNES)]++;
        }
        for (int c = 0; c < COMMUNES; c++) {
            long commune = c + 1;
            if (r.nextDouble() < 0.5) {
                language.put(commune, languages[r.nextInt(2)]);
            }
            for (int i = 0; i < sizes[c]; i++) {
                Set<String> spoken = new HashSet<>(Set.of("vi"));
                if (language.containsKey(commune) && r.nextDouble() < 0.35) {
                    spoken.add(language.get(commune));
                }
                DutyPreferences prefs = null;
                double p = r.nextDouble();
                if (p < 0.15) {
                    prefs = new DutyPreferences(Set.of(), Set.of(DayOfWeek.of(1 + r.nextInt(5))),
                            Set.of(r.nextBoolean() ? SessionPart.MORNING : SessionPart.AFTERNOON), Set.of(), false);
                } else if (p < 0.20) {
                    prefs = new DutyPreferences(Set.of(), Set.of(), Set.of(), Set.of(), true);
                }
                members.add(new PlanMember(memberId++, "M" + memberId, commune, true, true, spoken,
                        r.nextDouble() < 0.4 ? 5 + r.nextInt(40) : r.nextInt(5), prefs));
            }
        }
        Map<Long, List<PlanMember>> byCommune = new HashMap<>();
        members.forEach(m -> byCommune.computeIfAbsent(m.getCommuneId(), x -> new ArrayList<>()).add(m));
        List<PlanShift> shifts = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        long shiftId = 1;
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5 || d.equals(LocalDate.of(2030, 4, 30))) {
                continue; // weekends; 30/4 is a public holiday
            }
            for (int site = 0; site < SITES; site++) {
                long commune = site < COMMUNES ? site + 1 : 1 + (site - COMMUNES) * 17L;
                if (r.nextDouble() < 0.01) {
                    continue; // closed that day: no seats at all
                }
                for (SessionPart part : SessionPart.shiftParts()) {
                    int n = r.nextDouble() < 0.05 ? 3 : 2;
                    PlanShift sh = new PlanShift(shiftId++, (long) site, "Site " + site, commune, d, part, n,
                            language.get(commune), language.get(commune));
                    shifts.add(sh);
                    for (int i = 0; i < n; i++) {
                        List<PlanMember> local = byCommune.get(commune);
                        if (r.nextDouble() < 0.05) {
                            seats.add(Seat.taken(sh, local.get(r.nextInt(local.size()))));
                        } else {
                            seats.add(Seat.open(sh, i));
                        }
                    }
                }
            }
        }
        // pinned seats must not clash: drop a duplicate member in one session
        Set<String> seen = new HashSet<>();
        seats.removeIf(s -> s.isPinned() && !seen.add(s.getMember().getId() + "@" + s.getShift().getDate()
                + s.getShift().getPart()));
        List<BusySlot> busy = new ArrayList<>();
        for (PlanMember m : members) {
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                for (SessionPart part : SessionPart.shiftParts()) {
                    String key = m.getId() + "@" + d + part;
                    if (!seen.contains(key) && r.nextDouble() < 0.10) {
                        busy.add(new BusySlot(m, d, part, false));
                    }
                }
            }
        }
        return new RosterPlan(members, shifts, busy, new PlanRules(5, false), seats, null);
    }

    static RosterPlan greedy(RosterPlan plan) {
        return plan.fillGreedily();
    }

    record Figures(String score, long empty, int spread, double meanSpread, int groupSpread, int groups,
                   long noSpeaker, long noVeteran, long avoided, long preferred, long lone) {
    }

    static Figures figures(RosterPlan plan) {
        long empty = plan.getSeats().stream().filter(s -> s.getMember() == null).count();
        Map<PlanMember, Integer> load = new HashMap<>();
        Map<PlanShift, List<PlanMember>> onShift = new HashMap<>();
        Map<String, Integer> perDay = new HashMap<>();
        long avoided = 0;
        long preferred = 0;
        for (Seat s : plan.getSeats()) {
            if (s.getMember() == null) {
                continue;
            }
            load.merge(s.getMember(), 1, Integer::sum);
            onShift.computeIfAbsent(s.getShift(), x -> new ArrayList<>()).add(s.getMember());
            if (!s.isPinned()) {
                avoided += s.getMember().avoids(s.getShift().getDay(), s.getShift().getPart()) ? 1 : 0;
                preferred += s.getMember().prefers(s.getShift().getDay(), s.getShift().getPart()) ? 1 : 0;
            }
            if (s.getMember().wantsFewerDays()) {
                perDay.merge(s.getMember().getId() + "@" + s.getShift().getDate(), 1, Integer::sum);
            }
        }
        Map<Long, int[]> minMax = new HashMap<>();
        for (PlanMember m : plan.getCandidates()) {
            int n = load.getOrDefault(m, 0);
            int[] mm = minMax.computeIfAbsent(m.getCommuneId(), c -> new int[] {Integer.MAX_VALUE, 0});
            mm[0] = Math.min(mm[0], n);
            mm[1] = Math.max(mm[1], n);
        }
        int spread = minMax.values().stream().mapToInt(mm -> mm[1] - mm[0]).max().orElse(0);
        double meanSpread = minMax.values().stream().mapToInt(mm -> mm[1] - mm[0]).average().orElse(0);
        long noSpeaker = plan.getShifts().stream().filter(sh -> sh.getLanguage() != null)
                .filter(sh -> onShift.getOrDefault(sh, List.of()).stream().noneMatch(m -> m.speaks(sh.getLanguage())))
                .count();
        long noVeteran = plan.getShifts().stream().filter(sh -> sh.getSeats() >= 2 && onShift.containsKey(sh))
                .filter(sh -> onShift.get(sh).stream().noneMatch(PlanMember::isExperienced)).count();
        long lone = perDay.values().stream().filter(n -> n == 1).count();
        // the widest spread among members with the same availability, and how many groups of two or more there are
        Map<AvailabilityGroup, List<Integer>> byGroup = new HashMap<>();
        plan.getCandidates().forEach(m -> byGroup.computeIfAbsent(m.getAvailability(), g -> new ArrayList<>())
                .add(load.getOrDefault(m, 0)));
        List<List<Integer>> shared = byGroup.values().stream().filter(l -> l.size() > 1).toList();
        int groupSpread = shared.stream().mapToInt(l -> java.util.Collections.max(l) - java.util.Collections.min(l))
                .max().orElse(0);
        return new Figures(String.valueOf(plan.getScore()), empty, spread, meanSpread, groupSpread, shared.size(),
                noSpeaker, noVeteran, avoided, preferred, lone);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-22s %8s %7s %11s %12s %11s %11s %8s %10s %6s  %s", "", "empty", "spread",
                "mean spread", "group spread", "no speaker", "no veteran", "avoided", "preferred", "lone", "score");
    }

    static String row(String label, Figures f) {
        return String.format(Locale.ROOT, "%-22s %8d %7d %11.2f %7d (%3d) %11d %11d %8d %10d %6d  %s", label,
                f.empty(), f.spread(), f.meanSpread(), f.groupSpread(), f.groups(), f.noSpeaker(), f.noVeteran(),
                f.avoided(), f.preferred(), f.lone(), f.score());
    }
}
