package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SiteSession;

/**
 * The shifts the sites' weekly opening sessions call for between two days, less public holidays and the sites'
 * closures, that do not exist yet – new, unsaved {@link Shift}s. *Tạo ca trực* ({@link ShiftService#generate}) saves
 * them; automatic rostering plans them in memory and has them created only when its proposal is applied. Four
 * queries for one commune or a whole province. Callers have checked who may plan what.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SiteCalendar {

    @PersistenceContext
    EntityManager em;

    /** The missing shifts of the commune's sites (null: every site of the province), in date order. */
    public List<Shift> missing(Long provinceId, Long communeId, LocalDate from, LocalDate to) {
        String scope = communeId == null ? "s.province.id = :p" : "s.commune.id = :c";
        List<ServiceSite> sites = bind(em.createQuery("SELECT DISTINCT s FROM ServiceSite s LEFT JOIN FETCH s.sessions "
                + "WHERE " + scope, ServiceSite.class), provinceId, communeId).getResultList();
        Set<LocalDate> holidays = new HashSet<>(em.createQuery("SELECT h.holiday FROM PublicHoliday h "
                        + "WHERE h.provinceId = :p AND h.holiday BETWEEN :f AND :t", LocalDate.class)
                .setParameter("p", provinceId).setParameter("f", from).setParameter("t", to).getResultList());
        Set<String> closed = new HashSet<>();
        bind(em.createQuery("SELECT c.site.id, c.closedOn FROM SiteClosure c WHERE " + scope.replace("s.", "c.site.")
                        + " AND c.closedOn BETWEEN :f AND :t", Object[].class), provinceId, communeId)
                .setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(r -> closed.add(r[0] + "@" + r[1]));
        Set<String> existing = new HashSet<>();
        bind(em.createQuery("SELECT s.site.id, s.date, s.part FROM Shift s WHERE "
                        + (communeId == null ? "s.provinceId = :p" : "s.communeId = :c")
                        + " AND s.date BETWEEN :f AND :t", Object[].class), provinceId, communeId)
                .setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(r -> existing.add(r[0] + "@" + r[1] + "@" + r[2]));
        List<Shift> missing = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (ServiceSite site : sites) {
                if (closed.contains(site.getId() + "@" + day)) {
                    continue;
                }
                for (SiteSession session : site.getSessions()) {
                    if (session.getDayOfWeek() == day.getDayOfWeek()
                            && !existing.contains(site.getId() + "@" + day + "@" + session.getPart())) {
                        missing.add(new Shift(session, day));
                    }
                }
            }
        }
        return missing;
    }

    private static <Q extends jakarta.persistence.TypedQuery<?>> Q bind(Q q, Long provinceId, Long communeId) {
        if (communeId == null) {
            q.setParameter("p", provinceId);
        } else {
            q.setParameter("c", communeId);
        }
        return q;
    }
}
