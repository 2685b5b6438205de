package vn.cdtt.report;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Province;
import vn.cdtt.dashboard.Figures;
import vn.cdtt.dashboard.WeekFigures;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.notification.MailAttachments;
import vn.cdtt.notification.OutboxMail;
import vn.cdtt.rating.CommuneRating;
import vn.cdtt.rating.RatingColour;
import vn.cdtt.rating.Ratings;

/**
 * Issues a weekly report in one transaction of its own: the report row first (its unique week key makes a second
 * server's or a second run's insert fail, and that transaction then writes nothing), then the frozen lines, the
 * groups, the mails to the distribution list (outbox) and the audit entry. All or nothing.
 */
@Stateless
public class ReportWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    Ratings ratings;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "cdtt.url", defaultValue = "http://localhost:8080/cdtt/")
    String baseUrl;

    /** The id of the new report; fails (and writes nothing) when the week has one already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long issue(Long provinceId, LocalDate monday, String actor, boolean onDemand, LocalDateTime now) {
        WeeklyReport report = new WeeklyReport(provinceId, monday, actor, onDemand, now);
        em.persist(report);
        em.flush();

        Figures.ProvinceWeek week = figures.week(provinceId, monday, null);
        // the week before: its frozen lines when it was reported (and counted again for late corrections), else
        // its figures counted now
        Map<Long, ReportLine> frozen = frozen(provinceId, monday.minusWeeks(1));
        Figures.ProvinceWeek again = figures.week(provinceId, monday.minusWeeks(1), null);
        Map<Long, WeekFigures> recount = new HashMap<>();
        recount.put(null, again.total());
        again.communes().forEach(f -> recount.put(f.communeId(), f));
        Map<Long, ReportLine> before = frozen;
        Map<Long, WeeklyReports.Rating> rated = rate(provinceId, monday);
        if (frozen.isEmpty()) {
            Map<Long, WeeklyReports.Rating> ratedBefore = rate(provinceId, monday.minusWeeks(1));
            before = new HashMap<>();
            for (Map.Entry<Long, WeekFigures> e : recount.entrySet()) {
                before.put(e.getKey(), new ReportLine(null, 0, "", e.getValue(),
                        ratedBefore.get(e.getKey()), null, null));
            }
        }
        boolean late = !frozen.isEmpty();
        Province province = em.find(Province.class, provinceId);
        String provinceName = province.getName();
        em.persist(new ReportLine(report.getId(), 0, provinceName, week.total(),
                rated.get(null), before.get(null), late ? recount.get(null) : null));
        Map<Long, Integer> lineOf = new HashMap<>();
        int lineNo = 1;
        for (WeekFigures f : week.communes()) {
            lineOf.put(f.communeId(), lineNo);
            em.persist(new ReportLine(report.getId(), lineNo++, f.commune(), f, rated.get(f.communeId()),
                    before.get(f.communeId()), late ? recount.get(f.communeId()) : null));
        }
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, String> english = new HashMap<>();
        for (Figures.GroupFigures g : figures.groups(provinceId, monday, null)) {
            Integer line = lineOf.get(g.communeId());
            if (line != null) {
                em.persist(new ReportGroup(report.getId(), line, g.groupVi(), g.groupEn(), g.sessions(),
                        g.participants()));
            }
            int[] t = totals.computeIfAbsent(g.groupVi(), k -> new int[2]);
            t[0] += g.sessions();
            t[1] += g.participants();
            english.put(g.groupVi(), g.groupEn());
        }
        totals.forEach((vi, t) -> em.persist(new ReportGroup(report.getId(), 0, vi, english.get(vi), t[0], t[1])));

        List<String> recipients = recipients(provinceId);
        String period = monday.format(VietnamTime.DATE) + " – " + monday.plusDays(6).format(VietnamTime.DATE);
        WeekFigures t = week.total();
        String subject = Messages.get(Messages.VIETNAMESE, "weekly.mail.subject", provinceName, period);
        String body = Messages.get(Messages.VIETNAMESE, "weekly.mail.body", provinceName, period, t.seatsFilled(),
                t.seatsRequired(), t.attended(), t.noShows(), t.helpedTotal(), t.trainings(), t.participants(),
                baseUrl + "report/history.xhtml?report=" + report.getId());
        for (String address : recipients) {
            em.persist(new OutboxMail(provinceId, address, subject, body, demo, now)
                    .attach(MailAttachments.reference(ReportMailFiles.KIND, report.getId())));
        }
        report.mailed(recipients.size());
        audit.record(actor, AuditAction.CREATE, "WeeklyReport", report.getId(), provinceId, null,
                LocalizedText.of("audit.event.report.issued", monday.format(VietnamTime.DATE), recipients.size()), null,
                Map.of("week", monday.toString(), "onDemand", onDemand, "communes", week.communes().size()));
        return report.getId();
    }

    /** The frozen lines of a week's report by commune (null: the province), empty when it was not reported. */
    private Map<Long, ReportLine> frozen(Long provinceId, LocalDate monday) {
        Map<Long, ReportLine> result = new HashMap<>();
        em.createQuery("SELECT l FROM ReportLine l WHERE l.reportId = (SELECT r.id FROM WeeklyReport r "
                        + "WHERE r.provinceId = :p AND r.weekStart = :w)", ReportLine.class)
                .setParameter("p", provinceId).setParameter("w", monday).getResultList()
                .forEach(l -> result.put(l.getCommuneId(), l));
        return result;
    }

    private List<String> recipients(Long provinceId) {
        ReportSettings settings = em.find(ReportSettings.class, provinceId);
        return settings == null ? List.of() : settings.list();
    }

    /**
     * The communes' ratings by criteria ({@link Ratings}, the criteria in force that week), stored as plain text: the
     * unmet criteria's codes and names. The province line (key null) gets the worst colour of its communes and the
     * count of communes per colour.
     */
    private Map<Long, WeeklyReports.Rating> rate(Long provinceId, LocalDate monday) {
        Map<Long, WeeklyReports.Rating> byCommune = new HashMap<>();
        Map<RatingColour, Integer> count = new EnumMap<>(RatingColour.class);
        RatingColour worst = RatingColour.GREEN;
        for (CommuneRating r : ratings.of(provinceId, monday, null, Messages.VIETNAMESE)) {
            String unmet = r.unmet().stream().map(u -> u.code() + " " + u.name())
                    .collect(Collectors.joining("; "));
            byCommune.put(r.communeId(), new WeeklyReports.Rating(CoverageLight.valueOf(r.colour().name()),
                    unmet.isEmpty() ? null : unmet));
            count.merge(r.colour(), 1, Integer::sum);
            worst = r.colour().compareTo(worst) > 0 ? r.colour() : worst;
        }
        byCommune.put(null, new WeeklyReports.Rating(CoverageLight.valueOf(worst.name()),
                Messages.get(Messages.VIETNAMESE, "weekly.rating.province", count.getOrDefault(RatingColour.GREEN, 0),
                        count.getOrDefault(RatingColour.YELLOW, 0), count.getOrDefault(RatingColour.RED, 0))));
        return byCommune;
    }
}
