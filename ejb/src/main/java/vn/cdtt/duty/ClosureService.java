package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Days without duty: the province's public holidays (editable data, the province coordinator's) and the closure
 * days of one site (its commune's coordinator or the province). A new holiday or closure cancels the shifts
 * already planned on that day that have not started, and tells their members.
 */
@Stateless
public class ClosureService {

    private static final int MAX_TEXT = 150;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Staffing staffing;

    /** The holidays of a year, in date order; everyone signed in may read them. */
    public List<PublicHoliday> holidays(int year) {
        Caller caller = callers.current();
        return em.createQuery("SELECT h FROM PublicHoliday h WHERE h.provinceId = :p AND h.holiday BETWEEN :f AND :t "
                        + "ORDER BY h.holiday", PublicHoliday.class)
                .setParameter("p", caller.provinceId()).setParameter("f", LocalDate.of(year, 1, 1))
                .setParameter("t", LocalDate.of(year, 12, 31)).getResultList();
    }

    /** Adds a holiday; returns how many planned shifts of that day it cancelled. */
    public int addHoliday(LocalDate day, String name) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        String clean = text(day, name);
        PublicHoliday h = new PublicHoliday(caller.provinceId(), day, clean);
        em.persist(h);
        Flush.now(em, "holiday.duplicate", day.format(VietnamTime.DATE));
        int cancelled = cancel(em.createQuery("SELECT s.id FROM Shift s WHERE s.provinceId = :p AND s.date = :d",
                Long.class).setParameter("p", caller.provinceId()).setParameter("d", day).getResultList(), caller);
        audit.record(caller.username(), AuditAction.CREATE, "PublicHoliday", h.getId(), caller.provinceId(), null,
                LocalizedText.of("audit.event.holiday.added", day, clean, cancelled),
                null, Map.of("date", day, "name", clean, "cancelledShifts", cancelled));
        return cancelled;
    }

    public void removeHoliday(Long id) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        PublicHoliday h = id == null ? null : em.find(PublicHoliday.class, id);
        if (h == null || !h.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("PublicHoliday", id);
        }
        audit.record(caller.username(), AuditAction.DELETE, "PublicHoliday", h.getId(), caller.provinceId(), null,
                LocalizedText.of("audit.event.holiday.removed", h.getHoliday(), h.getName()),
                Map.of("date", h.getHoliday(), "name", h.getName()), null);
        em.remove(h);
    }

    /** Closure days of a site from today on. */
    public List<SiteClosure> closures(Long siteId) {
        Caller caller = callers.current();
        ServiceSite site = site(siteId);
        caller.requireReadRoster(site.getProvince().getId(), site.getCommune().getId());
        return em.createQuery("SELECT c FROM SiteClosure c WHERE c.site = :s AND c.closedOn >= :today "
                + "ORDER BY c.closedOn", SiteClosure.class).setParameter("s", site)
                .setParameter("today", VietnamTime.today()).getResultList();
    }

    public int addClosure(Long siteId, LocalDate day, String reason) {
        Caller caller = callers.current();
        ServiceSite site = site(siteId);
        caller.requireWriteRoster(site.getProvince().getId(), site.getCommune().getId());
        String clean = text(day, reason);
        if (day.isBefore(VietnamTime.today())) {
            throw new InvalidInputException("closure.past");
        }
        SiteClosure c = new SiteClosure(site, day, clean);
        em.persist(c);
        Flush.now(em, "closure.duplicate", day.format(VietnamTime.DATE));
        int cancelled = cancel(em.createQuery("SELECT s.id FROM Shift s WHERE s.site = :site AND s.date = :d",
                Long.class).setParameter("site", site).setParameter("d", day).getResultList(), caller);
        audit.record(caller.username(), AuditAction.CREATE, "SiteClosure", c.getId(), site.getProvince().getId(),
                site.getCommune().getId(), LocalizedText.of("audit.event.closure.added", site.getName(), day, clean,
                        cancelled), null,
                Map.of("date", day, "reason", clean, "cancelledShifts", cancelled));
        return cancelled;
    }

    public void removeClosure(Long id) {
        Caller caller = callers.current();
        SiteClosure c = id == null ? null : em.find(SiteClosure.class, id);
        if (c == null) {
            throw new NotFoundException("SiteClosure", id);
        }
        ServiceSite site = c.getSite();
        caller.requireWriteRoster(site.getProvince().getId(), site.getCommune().getId());
        audit.record(caller.username(), AuditAction.DELETE, "SiteClosure", c.getId(), site.getProvince().getId(),
                site.getCommune().getId(), LocalizedText.of("audit.event.closure.removed", site.getName(),
                        c.getClosedOn()), Map.of("date", c.getClosedOn(), "reason", c.getReason()), null);
        em.remove(c);
    }

    /** Cancels the given shifts that have not started; started ones keep their attendance. */
    private int cancel(List<Long> shiftIds, Caller caller) {
        LocalDateTime now = VietnamTime.now();
        int cancelled = 0;
        for (Long id : shiftIds) {
            Shift s = staffing.lock(id);
            if (!s.hasStarted(now)) {
                staffing.cancel(s, caller.username(), now);
                cancelled++;
            }
        }
        Flush.now(em, "error.concurrentChange");
        return cancelled;
    }

    private ServiceSite site(Long siteId) {
        ServiceSite site = siteId == null ? null : em.find(ServiceSite.class, siteId);
        if (site == null) {
            throw new NotFoundException("ServiceSite", siteId);
        }
        if (!site.getProvince().getId().equals(callers.current().provinceId())) {
            throw new AccessDeniedException();
        }
        return site;
    }

    private static String text(LocalDate day, String text) {
        if (day == null) {
            throw new InvalidInputException("closure.date.required");
        }
        String clean = VietnameseText.clean(text);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("closure.reason.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw new InvalidInputException("closure.reason.tooLong", MAX_TEXT);
        }
        return clean;
    }
}
