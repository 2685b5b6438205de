package vn.cdtt.commune;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/** Communes, their service sites and the sites' opening sessions, as far as the caller may see them. */
@Stateless
public class CommuneService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** The communes the caller works with: all of the province for province-wide roles, else their own. */
    public List<Commune> visibleCommunes() {
        Caller caller = callers.current();
        if (caller.readsWholeProvince()) {
            return em.createQuery("SELECT c FROM Commune c WHERE c.province.id = :p ORDER BY c.name", Commune.class)
                    .setParameter("p", caller.provinceId()).getResultList();
        }
        if (caller.communeId() == null) {
            return List.of();
        }
        return List.of(find(caller.communeId()));
    }

    public Commune find(Long id) {
        Commune c = id == null ? null : em.find(Commune.class, id);
        if (c == null) {
            throw new NotFoundException("Commune", id);
        }
        return c;
    }

    /**
     * Sites of the caller's province (province-wide roles) or of their commune, sessions loaded in one query and
     * their needs (skills, languages) in one query each. A commune that does not exist, or not in the caller's
     * province, is not found (not an empty list).
     */
    public List<ServiceSite> sites(Long communeId) {
        Caller caller = callers.current();
        if (communeId != null && !find(communeId).getProvince().getId().equals(caller.provinceId())) {
            throw new NotFoundException("Commune", communeId);
        }
        if (!caller.readsWholeProvince() && (communeId == null || !communeId.equals(caller.communeId()))) {
            throw new AccessDeniedException();
        }
        var query = em.createQuery("SELECT DISTINCT s FROM ServiceSite s JOIN FETCH s.commune LEFT JOIN FETCH s.sessions "
                        + "WHERE s.province.id = :p" + (communeId == null ? "" : " AND s.commune.id = :c")
                        + " ORDER BY s.name", ServiceSite.class)
                .setParameter("p", caller.provinceId());
        if (communeId != null) {
            query.setParameter("c", communeId);
        }
        List<ServiceSite> sites = query.getResultList();
        sites.forEach(site -> site.getSkillIds().size());
        sites.forEach(site -> site.getLanguageIds().size());
        return sites;
    }

    /** Changes the hours and seats of one opening session: the province coordinator, or the site's commune's. */
    public SiteSession changeSession(Long sessionId, LocalTime start, LocalTime end, int seats) {
        Caller caller = callers.current();
        SiteSession s = em.find(SiteSession.class, sessionId);
        if (s == null) {
            throw new NotFoundException("SiteSession", sessionId);
        }
        ServiceSite site = s.getSite();
        if (!caller.provinceId().equals(site.getProvince().getId())) {
            throw new AccessDeniedException();
        }
        if (!(caller.is(Role.PROVINCE_COORDINATOR)
                || (caller.is(Role.COMMUNE_COORDINATOR) && site.getCommune().getId().equals(caller.communeId())))) {
            throw new AccessDeniedException();
        }
        Map<String, Object> before = Map.of("start", String.valueOf(s.getStartTime()), "end",
                String.valueOf(s.getEndTime()), "seats", s.getSeats());
        s.changeHours(start, end, seats);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "SiteSession", s.getId(), site.getProvince().getId(),
                site.getCommune().getId(), LocalizedText.of("audit.event.site.hours", site.getName()), before,
                Map.of("start", String.valueOf(start), "end", String.valueOf(end), "seats", seats));
        return s;
    }
}
