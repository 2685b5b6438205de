package vn.cdtt.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;
import vn.cdtt.training.TargetMetric;
import vn.cdtt.training.TrainingReport;

/**
 * Tổng quan: the province coordinator and viewers see every commune (or the one they filter by), a commune
 * coordinator only their own (asking for another is refused). A fixed number of statements per view, whatever the
 * number of communes: 2 for now, 11 for the week, 5 for the 12 weeks, 2 for the targets, 1 for the allowances.
 */
@Stateless
public class Dashboard {

    public static final int TREND_WEEKS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Figures figures;

    public DashboardView view(Long requestedCommune) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR, Role.VIEWER, Role.COMMUNE_COORDINATOR);
        Long commune = caller.communeScope(requestedCommune);
        LocalDateTime now = VietnamTime.now();
        LocalDate today = now.toLocalDate();
        return new DashboardView(commune, today, now(caller.provinceId(), commune, now),
                figures.week(caller.provinceId(), today, commune),
                figures.trend(caller.provinceId(), commune, today, TREND_WEEKS),
                targets(caller.provinceId(), commune, today.getYear()), allowances(caller.provinceId(), commune,
                today.getYear()));
    }

    /** The communes the caller may filter by: the province's for province-wide readers, their own for a commune. */
    public List<Figures.CommuneName> communes() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR, Role.VIEWER, Role.COMMUNE_COORDINATOR);
        return figures.communes(caller.provinceId(), caller.communeScope(null));
    }

    /** Sites open now: today's sessions under way (not on a holiday or closure) and shifts under way. Two statements. */
    NowFigures now(Long provinceId, Long commune, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalTime time = now.toLocalTime();
        Map<Long, int[]> sites = new HashMap<>();
        // today's sessions and shifts (a few hundred rows for the province), their hours compared here: a time
        // parameter compared with a TIME column is not portable (H2 widens it to a timestamp)
        var sessions = em.createQuery("SELECT ss.site.id, ss.seats, ss.startTime, ss.endTime FROM SiteSession ss "
                + "WHERE ss.site.province.id = :p AND ss.dayOfWeek = :dow"
                + " AND NOT EXISTS (SELECT h FROM PublicHoliday h WHERE h.provinceId = :p AND h.holiday = :d)"
                + " AND NOT EXISTS (SELECT c FROM SiteClosure c WHERE c.site = ss.site AND c.closedOn = :d)"
                + (commune == null ? "" : " AND ss.site.commune.id = :c"), Object[].class)
                .setParameter("p", provinceId).setParameter("dow", today.getDayOfWeek().getValue())
                .setParameter("d", today);
        var shifts = em.createQuery("SELECT s.site.id, s.seats, s.filled, (SELECT COUNT(a) FROM Assignment a "
                + "WHERE a.shift = s AND a.checkedInAt IS NOT NULL), s.startTime, s.endTime FROM Shift s "
                + "WHERE s.provinceId = :p AND s.date = :d"
                + (commune == null ? "" : " AND s.communeId = :c"), Object[].class)
                .setParameter("p", provinceId).setParameter("d", today);
        if (commune != null) {
            sessions.setParameter("c", commune);
            shifts.setParameter("c", commune);
        }
        for (Object[] r : sessions.getResultList()) {
            if (!open((LocalTime) r[2], (LocalTime) r[3], time)) {
                continue;
            }
            sites.put(((Number) r[0]).longValue(), new int[] {Figures.n(r[1]), 0, 0});
        }
        for (Object[] r : shifts.getResultList()) {
            if (!open((LocalTime) r[4], (LocalTime) r[5], time)) {
                continue;
            }
            sites.put(((Number) r[0]).longValue(), new int[] {Figures.n(r[1]), Figures.n(r[2]), Figures.n(r[3])});
        }
        int staffed = 0;
        int shortOf = 0;
        int empty = 0;
        int checkedIn = 0;
        for (int[] s : sites.values()) {
            if (s[1] >= s[0]) {
                staffed++;
            } else if (s[1] == 0) {
                empty++;
            } else {
                shortOf++;
            }
            checkedIn += s[2];
        }
        return new NowFigures(sites.size(), staffed, shortOf, empty, checkedIn);
    }

    private static boolean open(LocalTime start, LocalTime end, LocalTime now) {
        return !now.isBefore(start) && now.isBefore(end);
    }

    /** The province's targets of the year against the held sessions (of the commune when filtered). Two statements. */
    List<TrainingReport.Progress> targets(Long provinceId, Long commune, int year) {
        Map<TargetMetric, Long> targets = new EnumMap<>(TargetMetric.class);
        for (Object[] r : em.createQuery("SELECT t.metric, t.value FROM TrainingTarget t WHERE t.provinceId = :p "
                + "AND t.year = :y", Object[].class).setParameter("p", provinceId).setParameter("y", year)
                .getResultList()) {
            targets.put((TargetMetric) r[0], ((Number) r[1]).longValue());
        }
        if (targets.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery("SELECT COUNT(*), SUM(participants), SUM(vneid_activated), SUM(dossiers_filed), "
                + "SUM(epayment_opened) FROM training_session WHERE status = 'HELD' AND province_id = ?1 "
                + "AND session_date BETWEEN ?2 AND ?3" + (commune == null ? "" : " AND commune_id = ?4"));
        q.setParameter(1, provinceId).setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 31));
        if (commune != null) {
            q.setParameter(4, commune);
        }
        Object[] s = (Object[]) q.getSingleResult();
        TrainingReport.Totals totals = new TrainingReport.Totals(Figures.n(s[0]), Figures.n(s[1]), 0, 0, 0, 0, 0, 0,
                Figures.n(s[2]), Figures.n(s[3]), Figures.n(s[4]));
        List<TrainingReport.Progress> result = new ArrayList<>();
        targets.forEach((metric, target) -> result.add(new TrainingReport.Progress(metric, target, totals.value(metric))));
        return result;
    }

    /** Statements of the year's months approved (not yet paid) and paid. One statement. */
    DashboardView.Allowances allowances(Long provinceId, Long commune, int year) {
        Query q = em.createNativeQuery("SELECT state, COUNT(*), SUM(total) FROM allowance_statement "
                + "WHERE province_id = ?1 AND month_start BETWEEN ?2 AND ?3 AND state IN ('APPROVED', 'PAID')"
                + (commune == null ? "" : " AND commune_id = ?4") + " GROUP BY state");
        q.setParameter(1, provinceId).setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 31));
        if (commune != null) {
            q.setParameter(4, commune);
        }
        int approvedCount = 0;
        long approved = 0;
        int paidCount = 0;
        long paid = 0;
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            if ("PAID".equals(r[0])) {
                paidCount = Figures.n(r[1]);
                paid = r[2] == null ? 0 : ((Number) r[2]).longValue();
            } else {
                approvedCount = Figures.n(r[1]);
                approved = r[2] == null ? 0 : ((Number) r[2]).longValue();
            }
        }
        return new DashboardView.Allowances(approvedCount, approved, paidCount, paid);
    }
}
