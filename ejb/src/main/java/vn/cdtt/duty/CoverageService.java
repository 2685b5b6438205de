package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.commune.Commune;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Staffed against required seats, per commune and week. A session counts with its shift's seats when the shift
 * exists, otherwise with the site's default seats (an unplanned session is a gap too); holidays and closures
 * count nothing. Five queries for the whole province, whatever its size.
 */
@Stateless
public class CoverageService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** Every commune the caller may see, worst first (most seats short, then by name). */
    public List<CommuneCoverage> week(LocalDate anyDay) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR, Role.VIEWER, Role.COMMUNE_COORDINATOR);
        return weekOf(caller.provinceId(), anyDay, caller.readsWholeProvince() ? null : caller.communeId());
    }

    /**
     * The same for a province (or one commune of it) without a caller: for services that checked the caller's scope
     * themselves (the dashboard) and for the weekly report's timer. Five queries.
     */
    public List<CommuneCoverage> weekOf(Long provinceId, LocalDate anyDay, Long onlyCommune) {
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);

        var communeQuery = em.createQuery("SELECT c FROM Commune c WHERE c.province.id = :p"
                + (onlyCommune == null ? "" : " AND c.id = :c"), Commune.class).setParameter("p", provinceId);
        if (onlyCommune != null) {
            communeQuery.setParameter("c", onlyCommune);
        }
        List<Commune> communes = communeQuery.getResultList();
        Set<LocalDate> holidays = new HashSet<>(em.createQuery("SELECT h.holiday FROM PublicHoliday h "
                        + "WHERE h.provinceId = :p AND h.holiday BETWEEN :f AND :t", LocalDate.class)
                .setParameter("p", provinceId).setParameter("f", monday).setParameter("t", sunday)
                .getResultList());
        Set<String> closed = new HashSet<>();
        scoped(em.createQuery("SELECT c.site.id, c.closedOn FROM SiteClosure c WHERE c.closedOn BETWEEN :f AND :t "
                        + "AND c.site.province.id = :p" + (onlyCommune == null ? "" : " AND c.site.commune.id = :c"),
                Object[].class), onlyCommune)
                .setParameter("f", monday).setParameter("t", sunday).setParameter("p", provinceId).getResultList()
                .forEach(r -> closed.add(r[0] + "@" + r[1]));
        Map<String, int[]> shifts = new HashMap<>();
        scoped(em.createQuery("SELECT s.site.id, s.date, s.part, s.seats, s.filled FROM Shift s WHERE s.provinceId = :p "
                        + "AND s.date BETWEEN :f AND :t" + (onlyCommune == null ? "" : " AND s.communeId = :c"),
                Object[].class), onlyCommune)
                .setParameter("p", provinceId).setParameter("f", monday).setParameter("t", sunday)
                .getResultList()
                .forEach(r -> shifts.put(r[0] + "@" + r[1] + "@" + r[2], new int[] {(Integer) r[3], (Integer) r[4]}));

        // the opening sessions as plain values: no site entity (nor its needs, nor its commune) is loaded
        Map<Long, int[]> totals = new HashMap<>();
        for (Object[] r : scoped(em.createQuery("SELECT st.id, st.commune.id, s.dayOfWeek, s.part, s.seats "
                + "FROM SiteSession s JOIN s.site st WHERE st.province.id = :p"
                + (onlyCommune == null ? "" : " AND st.commune.id = :c"), Object[].class), onlyCommune)
                .setParameter("p", provinceId).getResultList()) {
            LocalDate day = monday.plusDays(((Number) r[2]).intValue() - 1L);
            Long siteId = ((Number) r[0]).longValue();
            if (holidays.contains(day) || closed.contains(siteId + "@" + day)) {
                continue;
            }
            int[] shift = shifts.get(siteId + "@" + day + "@" + r[3]);
            int[] t = totals.computeIfAbsent(((Number) r[1]).longValue(), id -> new int[2]);
            t[0] += shift == null ? ((Number) r[4]).intValue() : shift[0];
            t[1] += shift == null ? 0 : shift[1];
        }
        List<CommuneCoverage> result = new ArrayList<>();
        for (Commune c : communes) {
            int[] t = totals.getOrDefault(c.getId(), new int[2]);
            result.add(new CommuneCoverage(c.getId(), c.getName(), c.getType(), t[0], t[1]));
        }
        result.sort(Comparator.comparingInt(CommuneCoverage::seatsShort).reversed()
                .thenComparing(CommuneCoverage::communeName));
        return result;
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Long commune) {
        return commune == null ? query : query.setParameter("c", commune);
    }
}
