package vn.cdtt.rating;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.CommuneCoverage;
import vn.cdtt.duty.CoverageService;
import vn.cdtt.request.RequestState;

/**
 * The computed criteria of one week for all communes of a province (or one commune) at once: each measure is one
 * grouped query (seat coverage: the five of {@link CoverageService}; attendance and team strength: two each), run
 * only if a criterion in force uses it, plus one for the confirmed declarations – at most 13 statements for a week,
 * whatever the number of communes. Used by {@link RatingService} after its own role and scope checks.
 */
@Dependent
class Measurements {

    @PersistenceContext
    EntityManager em;

    @Inject
    CoverageService coverage;

    /** What was measured in a week: answers "did this commune meet that criterion?". */
    static final class Week {
        private final Map<Long, Integer> seatsShort = new HashMap<>();
        private final Map<Long, Long> trainings = new HashMap<>();
        private final Map<Long, long[]> attendance = new HashMap<>();
        private final Map<Long, long[]> teams = new HashMap<>();
        private final Map<Long, Long> activeMembers = new HashMap<>();
        private final List<Object[]> waits = new java.util.ArrayList<>();
        private final Set<String> confirmed = new HashSet<>();
        private LocalDateTime weekStart;
        private LocalDateTime weekEnd;
        private LocalDateTime now;

        boolean met(long commune, RatingCriterion c) {
            if (c.getKind() == CriterionKind.DECLARED) {
                return confirmed.contains(commune + "/" + c.getId());
            }
            int threshold = c.getThreshold();
            return switch (c.getMeasure()) {
                case SEATS_SHORT -> seatsShort.getOrDefault(commune, 0) <= threshold;
                case TRAINING_MONTH -> trainings.getOrDefault(commune, 0L) >= threshold;
                case ATTENDANCE -> {
                    long[] a = attendance.get(commune);
                    yield a != null && a[0] > 0 && a[1] * 100 >= (long) threshold * a[0];
                }
                case REQUEST_ANSWER -> !waitedTooLong(commune, threshold);
                case TEAM_STRENGTH -> {
                    long[] t = teams.get(commune);
                    yield t != null && t[0] > 0 && t[1] == 0 && activeMembers.getOrDefault(commune, 0L) >= threshold;
                }
            };
        }

        /**
         * A request waited too long in this week if its answer was due ({@code filedAt + hours}) before the week's end
         * and it was still unanswered at some moment of the week after that: answered later, or never answered while
         * it was open (a request never answered stops counting when its first session starts, or when cancelled).
         */
        private boolean waitedTooLong(long commune, int hours) {
            for (Object[] r : waits) {
                if (!r[0].equals(commune)) {
                    continue;
                }
                LocalDateTime due = ((LocalDateTime) r[1]).plusHours(hours);
                LocalDateTime answeredAt = (LocalDateTime) r[2];
                RequestState state = (RequestState) r[3];
                LocalDateTime waitedUntil;
                if (answeredAt != null) {
                    waitedUntil = answeredAt;
                } else if (state == RequestState.NEW) {
                    waitedUntil = now;
                } else if (state == RequestState.CANCELLED) {
                    continue;
                } else {
                    waitedUntil = ((LocalDate) r[4]).atStartOfDay();
                }
                LocalDateTime from = due.isAfter(weekStart) ? due : weekStart;
                if (due.isBefore(weekEnd) && waitedUntil.isAfter(from)) {
                    return true;
                }
            }
            return false;
        }
    }

    Week measure(Long provinceId, Long onlyCommune, LocalDate monday, List<RatingCriterion> criteria) {
        Week w = new Week();
        LocalDate sunday = monday.plusDays(6);
        w.weekStart = monday.atStartOfDay();
        w.weekEnd = monday.plusWeeks(1).atStartOfDay();
        w.now = VietnamTime.now();
        Set<Measure> used = EnumSet.noneOf(Measure.class);
        boolean declared = false;
        for (RatingCriterion c : criteria) {
            if (c.getKind() == CriterionKind.COMPUTED) {
                used.add(c.getMeasure());
            } else {
                declared = true;
            }
        }
        String commune = onlyCommune == null ? "" : " AND %s = :c";
        if (used.contains(Measure.SEATS_SHORT)) {
            for (CommuneCoverage cc : coverage.weekOf(provinceId, monday, onlyCommune)) {
                w.seatsShort.put(cc.communeId(), cc.seatsShort());
            }
        }
        if (used.contains(Measure.TRAINING_MONTH)) {
            LocalDate thursday = monday.plusDays(3);
            LocalDate first = thursday.withDayOfMonth(1);
            LocalDate last = thursday.withDayOfMonth(thursday.lengthOfMonth());
            for (Object[] r : scoped(em.createQuery("SELECT t.commune.id, COUNT(t) FROM TrainingSession t "
                    + "WHERE t.provinceId = :p AND t.status = vn.cdtt.training.TrainingStatus.HELD "
                    + "AND t.date BETWEEN :f AND :t" + commune.formatted("t.commune.id") + " GROUP BY t.commune.id",
                    Object[].class), provinceId, onlyCommune).setParameter("f", first).setParameter("t", last)
                    .getResultList()) {
                w.trainings.put((Long) r[0], ((Number) r[1]).longValue());
            }
        }
        if (used.contains(Measure.ATTENDANCE)) {
            LocalDate yesterday = w.now.toLocalDate().minusDays(1);
            LocalDate until = sunday.isBefore(yesterday) ? sunday : yesterday;
            String base = "FROM Assignment a JOIN a.shift s WHERE s.provinceId = :p AND s.date BETWEEN :f AND :t"
                    + commune.formatted("s.communeId");
            for (Object[] r : scoped(em.createQuery("SELECT s.communeId, COUNT(a) " + base + " GROUP BY s.communeId",
                    Object[].class), provinceId, onlyCommune).setParameter("f", monday).setParameter("t", until)
                    .getResultList()) {
                w.attendance.computeIfAbsent((Long) r[0], k -> new long[2])[0] = ((Number) r[1]).longValue();
            }
            for (Object[] r : scoped(em.createQuery("SELECT s.communeId, COUNT(a) " + base + " AND "
                    + Assignment.attendedIn("a") + " GROUP BY s.communeId", Object[].class), provinceId, onlyCommune)
                    .setParameter("f", monday).setParameter("t", until).getResultList()) {
                w.attendance.computeIfAbsent((Long) r[0], k -> new long[2])[1] = ((Number) r[1]).longValue();
            }
        }
        if (used.contains(Measure.REQUEST_ANSWER)) {
            w.waits.addAll(scoped(em.createQuery("SELECT r.communeId, r.filedAt, r.answeredAt, r.state, r.firstDay "
                    + "FROM HelperRequest r WHERE r.provinceId = :p AND r.filedAt < :end AND r.state <> "
                    + "vn.cdtt.request.RequestState.CANCELLED AND (r.answeredAt > :start OR (r.answeredAt IS NULL "
                    + "AND (r.state = vn.cdtt.request.RequestState.NEW OR r.firstDay >= :monday)))"
                    + commune.formatted("r.communeId"), Object[].class), provinceId, onlyCommune)
                    .setParameter("end", w.weekEnd).setParameter("start", w.weekStart).setParameter("monday", monday)
                    .getResultList());
        }
        if (used.contains(Measure.TEAM_STRENGTH)) {
            for (Object[] r : scoped(em.createQuery("SELECT t.commune.id, COUNT(t), SUM(CASE WHEN t.leader IS NULL "
                    + "THEN 1 ELSE 0 END) FROM Team t WHERE t.provinceId = :p" + commune.formatted("t.commune.id")
                    + " GROUP BY t.commune.id", Object[].class), provinceId, onlyCommune).getResultList()) {
                w.teams.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
            }
            // active in that week: joined by its Sunday, and active now or only left / paused after it
            for (Object[] r : scoped(em.createQuery("SELECT m.commune.id, COUNT(m) FROM Member m WHERE m.provinceId = :p "
                    + "AND (m.joinedOn IS NULL OR m.joinedOn <= :sun) AND (m.status = vn.cdtt.roster.MemberStatus.ACTIVE "
                    + "OR m.statusSince > :sun)" + commune.formatted("m.commune.id") + " GROUP BY m.commune.id",
                    Object[].class), provinceId, onlyCommune).setParameter("sun", sunday).getResultList()) {
                w.activeMembers.put((Long) r[0], ((Number) r[1]).longValue());
            }
        }
        if (declared) {
            for (Object[] r : scoped(em.createQuery("SELECT d.communeId, d.criterion.id FROM RatingDeclaration d "
                    + "WHERE d.provinceId = :p AND d.state = vn.cdtt.rating.DeclarationState.CONFIRMED "
                    + "AND d.firstMonday <= :m AND d.lastMonday >= :m" + commune.formatted("d.communeId"),
                    Object[].class), provinceId, onlyCommune).setParameter("m", monday).getResultList()) {
                w.confirmed.add(r[0] + "/" + r[1]);
            }
        }
        return w;
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> q, Long provinceId, Long onlyCommune) {
        q.setParameter("p", provinceId);
        if (onlyCommune != null) {
            q.setParameter("c", onlyCommune);
        }
        return q;
    }
}
