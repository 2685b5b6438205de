package vn.cdtt.report;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.dashboard.WeekFigures;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The issued weekly reports: history, one report (as data, .xlsx or PDF), a report on demand for a past week (the
 * province coordinator; never over an issued one), and the distribution list. Viewers and the province read every
 * line; a commune coordinator reads the province's line and their commune's.
 */
@Stateless
public class WeeklyReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ReportWriter writer;

    @Inject
    AuditLog audit;

    /** A commune's rating colour and the criteria it did not meet, as the report stores them (plain text). */
    public record Rating(CoverageLight colour, String unmet) implements Serializable {
    }

    /** Issued reports of the caller's province, newest first, paged in the database. */
    public Page<WeeklyReport> history(PageRequest page) {
        Caller caller = reader();
        return Page.of(page, () -> em.createQuery("SELECT r FROM WeeklyReport r WHERE r.provinceId = :p "
                        + "ORDER BY r.weekStart DESC", WeeklyReport.class).setParameter("p", caller.provinceId())
                        .setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                () -> em.createQuery("SELECT COUNT(r) FROM WeeklyReport r WHERE r.provinceId = :p", Long.class)
                        .setParameter("p", caller.provinceId()).getSingleResult());
    }

    /** The report of a week, if one was issued. */
    public Optional<Long> issuedFor(LocalDate anyDay) {
        Caller caller = reader();
        return existing(caller.provinceId(), anyDay.with(DayOfWeek.MONDAY));
    }

    public ReportData find(Long reportId) {
        Caller caller = reader();
        WeeklyReport report = em.find(WeeklyReport.class, reportId);
        if (report == null || !report.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("WeeklyReport", reportId);
        }
        return ReportData.load(em, report, caller.communeScope(null));
    }

    public byte[] xlsx(Long reportId, Locale locale) {
        return ReportFiles.xlsx(find(reportId), locale);
    }

    public byte[] pdf(Long reportId, Locale locale) {
        return ReportFiles.pdf(find(reportId), locale);
    }

    /**
     * The province coordinator issues the report of a past week now (frozen the same way). A week that has one
     * already is refused with {@link ReportExistsException} (its id, to show it): an issued report is never
     * overwritten.
     */
    public Long produce(LocalDate anyDay) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        LocalDateTime now = VietnamTime.now();
        if (monday.plusDays(7).isAfter(now.toLocalDate())) {
            throw new InvalidInputException("weekly.week.notOver");
        }
        Optional<Long> existing = existing(caller.provinceId(), monday);
        if (existing.isPresent()) {
            throw new ReportExistsException(existing.get(), monday.format(VietnamTime.DATE));
        }
        try {
            return writer.issue(caller.provinceId(), monday, caller.username(), true, now);
        } catch (EJBException e) {
            // another server or a second click issued it meanwhile: the unique week key refused this one
            Optional<Long> raced = existing(caller.provinceId(), monday);
            if (raced.isPresent()) {
                throw new ReportExistsException(raced.get(), monday.format(VietnamTime.DATE));
            }
            throw e;
        }
    }

    /** The distribution list of the caller's province (province coordinator). */
    public String recipients() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        ReportSettings s = em.find(ReportSettings.class, caller.provinceId());
        return s == null ? "" : s.getRecipients();
    }

    public String saveRecipients(String text) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        ReportSettings s = em.find(ReportSettings.class, caller.provinceId());
        String before = s == null ? "" : s.getRecipients();
        if (s == null) {
            s = new ReportSettings(caller.provinceId());
            s.setRecipients(text);
            em.persist(s);
        } else {
            s.setRecipients(text);
        }
        audit.record(caller.username(), AuditAction.UPDATE, "ReportSettings", caller.provinceId(),
                caller.provinceId(), null, LocalizedText.of("audit.event.report.recipients", s.list().size()),
                Map.of("recipients", before), Map.of("recipients", s.getRecipients()));
        return s.getRecipients();
    }

    Optional<Long> existing(Long provinceId, LocalDate monday) {
        return em.createQuery("SELECT r.id FROM WeeklyReport r WHERE r.provinceId = :p AND r.weekStart = :w", Long.class)
                .setParameter("p", provinceId).setParameter("w", monday).getResultList().stream().findFirst();
    }

    private Caller reader() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR, Role.VIEWER, Role.COMMUNE_COORDINATOR);
        return caller;
    }
}
