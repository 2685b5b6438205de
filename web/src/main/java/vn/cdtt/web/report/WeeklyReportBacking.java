package vn.cdtt.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.report.ReportData;
import vn.cdtt.report.ReportExistsException;
import vn.cdtt.report.ReportLine;
import vn.cdtt.report.WeeklyReport;
import vn.cdtt.report.WeeklyReports;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.PagedModel;
import vn.cdtt.web.common.UserSession;

/**
 * report/history.xhtml (Báo cáo tuần): the issued reports newest first (paged in the database), one report's frozen
 * figures with its downloads, a report on demand for a past week and the distribution list (province coordinator).
 */
@Named
@ViewScoped
public class WeeklyReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WeeklyReports reports;

    @Inject
    UserSession session;

    private PagedModel<WeeklyReport> history;
    private Long reportId;
    private ReportData report;
    private LocalDate week;
    private Long existingId;
    private String recipients;

    @PostConstruct
    void init() {
        WeeklyReports service = reports;
        history = new PagedModel<>(page -> service.history(page), WeeklyReport::getId);
        week = VietnamTime.today().minusWeeks(1);
        if (isProvince()) {
            recipients = Actions.get(reports::recipients, "");
        }
    }

    /** The view parameter ?report=…: opens that report. */
    public void load() {
        if (reportId != null) {
            show(reportId);
        }
    }

    public void show(Long id) {
        report = Actions.get(() -> reports.find(id), null);
        reportId = report == null ? null : id;
        existingId = null;
    }

    public void produce() {
        existingId = null;
        if (week == null) {
            Faces.error("week", "weekly.week.required");
            return;
        }
        try {
            Long id = reports.produce(week);
            Faces.info("weekly.produced");
            show(id);
        } catch (ReportExistsException e) {
            existingId = e.getReportId();
            Faces.error(e);
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void showExisting() {
        if (existingId != null) {
            show(existingId);
        }
    }

    public void saveRecipients() {
        Actions.run(() -> recipients = reports.saveRecipients(recipients), "common.saved");
    }

    public String rating(ReportLine line) {
        return switch (line.getRating()) {
            case GREEN -> Faces.text("weekly.rating.green");
            case YELLOW -> Faces.text("weekly.rating.yellow");
            case RED -> Faces.text("weekly.rating.red");
        };
    }

    /** The line's unmet criteria by name in the reader's language (the province's line: communes per colour). */
    public String unmet(ReportLine line) {
        return report.unmetText(line, session.getLocale());
    }

    public String delta(Integer d) {
        return d == null ? "" : d > 0 ? "+" + d : d.toString();
    }

    public boolean isProvince() {
        return session.is("PROVINCE_COORDINATOR");
    }

    public PagedModel<WeeklyReport> getHistory() {
        return history;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }

    public ReportData getReport() {
        return report;
    }

    public LocalDate getWeek() {
        return week;
    }

    public void setWeek(LocalDate week) {
        this.week = week;
    }

    public Long getExistingId() {
        return existingId;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
