package vn.cdtt.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Messages;
import vn.cdtt.common.SheetPrint;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Training in figures, counted in the database from the held sessions of a year: totals, breakdowns by commune,
 * topic, target group, language and month, progress against the province's targets, and the .xlsx export.
 * Province-wide readers see the province (or one commune); a commune coordinator sees their commune.
 */
@Stateless
public class TrainingReportService {

    private static final String HELD = "t.status = vn.cdtt.training.TrainingStatus.HELD AND t.provinceId = :p "
            + "AND t.date BETWEEN :f AND :t";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    public TrainingReport report(int year, Long communeId) {
        Caller caller = callers.current();
        Long commune = caller.communeScope(communeId);
        String where = HELD + (commune == null ? "" : " AND t.commune.id = :c");
        Object[] t = query("SELECT COUNT(t), SUM(t.result.participants), SUM(t.result.male), SUM(t.result.female), "
                + "SUM(t.result.under16), SUM(t.result.age16to59), SUM(t.result.age60plus), SUM(t.result.ethnicMinority), "
                + "SUM(t.result.vneidActivated), SUM(t.result.dossiersFiled), SUM(t.result.epaymentOpened) "
                + "FROM TrainingSession t WHERE " + where, Object[].class, caller, year, commune).getSingleResult();
        TrainingReport.Totals totals = new TrainingReport.Totals(n(t[0]), n(t[1]), n(t[2]), n(t[3]), n(t[4]), n(t[5]),
                n(t[6]), n(t[7]), n(t[8]), n(t[9]), n(t[10]));
        List<TrainingReport.Line> byCommune = lines(query("SELECT c.type, c.name, COUNT(t), SUM(t.result.participants) "
                + "FROM TrainingSession t JOIN t.commune c WHERE " + where + " GROUP BY c.id, c.type, c.name "
                + "ORDER BY SUM(t.result.participants) DESC, c.name", Object[].class, caller, year, commune)
                .getResultList(), true);
        List<TrainingReport.Line> byTopic = lines(query("SELECT x.nameVi, x.nameEn, COUNT(t), SUM(t.result.participants) "
                + "FROM TrainingSession t JOIN t.topics x WHERE " + where + " GROUP BY x.id, x.nameVi, x.nameEn "
                + "ORDER BY SUM(t.result.participants) DESC", Object[].class, caller, year, commune).getResultList(), false);
        List<TrainingReport.Line> byGroup = lines(query("SELECT x.nameVi, x.nameEn, COUNT(t), SUM(t.result.participants) "
                + "FROM TrainingSession t JOIN t.groups x WHERE " + where + " GROUP BY x.id, x.nameVi, x.nameEn "
                + "ORDER BY SUM(t.result.participants) DESC", Object[].class, caller, year, commune).getResultList(), false);
        List<TrainingReport.Line> byLanguage = lines(query("SELECT x.nameVi, x.nameEn, COUNT(t), "
                + "SUM(t.result.participants) FROM TrainingSession t JOIN t.languages x WHERE " + where
                + " GROUP BY x.id, x.nameVi, x.nameEn ORDER BY SUM(t.result.participants) DESC", Object[].class, caller,
                year, commune).getResultList(), false);
        long[][] months = new long[12][2];
        for (Object[] row : query("SELECT FUNCTION('MONTH', t.date), COUNT(t), SUM(t.result.participants) FROM "
                + "TrainingSession t WHERE " + where + " GROUP BY FUNCTION('MONTH', t.date)", Object[].class, caller, year,
                commune).getResultList()) {
            int m = ((Number) row[0]).intValue() - 1;
            months[m][0] = n(row[1]);
            months[m][1] = n(row[2]);
        }
        List<TrainingReport.Line> byMonth = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            String label = String.format("%02d/%d", m + 1, year);
            byMonth.add(new TrainingReport.Line(label, label, months[m][0], months[m][1]));
        }
        List<TrainingReport.Progress> progress = new ArrayList<>();
        if (commune == null) {
            for (TrainingTarget target : targets(year)) {
                progress.add(new TrainingReport.Progress(target.getMetric(), target.getValue(),
                        totals.value(target.getMetric())));
            }
        }
        return new TrainingReport(year, totals, byCommune, byTopic, byGroup, byLanguage, byMonth, progress);
    }

    public List<TrainingTarget> targets(int year) {
        Caller caller = callers.current();
        return em.createQuery("SELECT t FROM TrainingTarget t WHERE t.provinceId = :p AND t.year = :y ORDER BY t.metric",
                TrainingTarget.class).setParameter("p", caller.provinceId()).setParameter("y", year).getResultList();
    }

    /** The province coordinator sets (or, with null, removes) a target of a year. */
    public void setTarget(int year, TargetMetric metric, Integer value) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        List<TrainingTarget> found = em.createQuery("SELECT t FROM TrainingTarget t WHERE t.provinceId = :p "
                        + "AND t.year = :y AND t.metric = :m", TrainingTarget.class).setParameter("p", caller.provinceId())
                .setParameter("y", year).setParameter("m", metric).getResultList();
        Integer before = found.isEmpty() ? null : found.get(0).getValue();
        if (value == null) {
            found.forEach(em::remove);
        } else if (found.isEmpty()) {
            em.persist(new TrainingTarget(caller.provinceId(), year, metric, value));
        } else {
            found.get(0).change(value);
        }
        Flush.now(em, "error.concurrentChange");
        Map<String, Object> beforeState = new java.util.HashMap<>();
        beforeState.put(metric.name(), before);
        Map<String, Object> afterState = new java.util.HashMap<>();
        afterState.put(metric.name(), value);
        audit.record(caller.username(), AuditAction.UPDATE, "TrainingTarget", null, caller.provinceId(), null,
                LocalizedText.of("audit.event.training.target", String.valueOf(year), metric, value == null ? "—" : value),
                beforeState, afterState);
    }

    /** The report as an .xlsx workbook, one sheet per view, headers in the caller's language. */
    public byte[] export(int year, Long communeId, Locale locale) {
        TrainingReport r = report(year, communeId);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sum = wb.createSheet(Messages.get(locale, "report.sheet.totals"));
            String[][] totals = {
                {"report.sessions", String.valueOf(r.totals().sessions())},
                {"report.participants", String.valueOf(r.totals().participants())},
                {"report.male", String.valueOf(r.totals().male())},
                {"report.female", String.valueOf(r.totals().female())},
                {"report.under16", String.valueOf(r.totals().under16())},
                {"report.age16to59", String.valueOf(r.totals().age16to59())},
                {"report.age60plus", String.valueOf(r.totals().age60plus())},
                {"report.ethnicMinority", String.valueOf(r.totals().ethnicMinority())},
                {"report.vneidActivated", String.valueOf(r.totals().vneidActivated())},
                {"report.dossiersFiled", String.valueOf(r.totals().dossiersFiled())},
                {"report.epaymentOpened", String.valueOf(r.totals().epaymentOpened())}};
            Row title = sum.createRow(0);
            title.createCell(0).setCellValue(Messages.get(locale, "report.title") + " " + year);
            title.getCell(0).setCellStyle(bold);
            for (int i = 0; i < totals.length; i++) {
                Row row = sum.createRow(i + 2);
                row.createCell(0).setCellValue(Messages.get(locale, totals[i][0]));
                row.createCell(1).setCellValue(Long.parseLong(totals[i][1]));
            }
            int next = totals.length + 3;
            for (TrainingReport.Progress p : r.targets()) {
                Row row = sum.createRow(next++);
                row.createCell(0).setCellValue(Messages.get(locale, "TargetMetric." + p.metric()));
                row.createCell(1).setCellValue(p.actual());
                row.createCell(2).setCellValue(p.target());
                row.createCell(3).setCellValue(p.percent() + "%");
            }
            sum.autoSizeColumn(0);
            SheetPrint.a4(sum, 4, 0, 0);
            sheet(wb, bold, locale, "report.byCommune", r.byCommune());
            sheet(wb, bold, locale, "report.byTopic", r.byTopic());
            sheet(wb, bold, locale, "report.byGroup", r.byGroup());
            sheet(wb, bold, locale, "report.byLanguage", r.byLanguage());
            sheet(wb, bold, locale, "report.byMonth", r.byMonth());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, XSSFCellStyle bold, Locale locale, String key,
                              List<TrainingReport.Line> lines) {
        Sheet sheet = wb.createSheet(Messages.get(locale, key));
        Row head = sheet.createRow(0);
        String[] headers = {key, "report.sessions", "report.participants"};
        for (int i = 0; i < headers.length; i++) {
            head.createCell(i).setCellValue(Messages.get(locale, headers[i]));
            head.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (TrainingReport.Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.label(locale));
            row.createCell(1).setCellValue(line.sessions());
            row.createCell(2).setCellValue(line.participants());
        }
        sheet.autoSizeColumn(0);
        SheetPrint.a4(sheet, headers.length, 0, 0);
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Caller caller, int year, Long commune) {
        TypedQuery<T> q = em.createQuery(jpql, type).setParameter("p", caller.provinceId())
                .setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year, 12, 31));
        if (commune != null) {
            q.setParameter("c", commune);
        }
        return q;
    }

    /** Commune names carry their type (Xã / Phường) in both languages. */
    private static List<TrainingReport.Line> lines(List<Object[]> rows, boolean communes) {
        List<TrainingReport.Line> lines = new ArrayList<>();
        for (Object[] row : rows) {
            String vi = communes ? Messages.get(Messages.VIETNAMESE, "CommuneType." + row[0]) + " " + row[1]
                    : String.valueOf(row[0]);
            String en = communes ? Messages.get(Messages.ENGLISH, "CommuneType." + row[0]) + " " + row[1]
                    : String.valueOf(row[1]);
            lines.add(new TrainingReport.Line(vi, en, n(row[2]), n(row[3])));
        }
        return lines;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
