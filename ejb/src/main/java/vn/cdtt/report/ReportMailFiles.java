package vn.cdtt.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.cdtt.common.FileDownload;
import vn.cdtt.common.Messages;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.notification.MailAttachments;

/**
 * The files the weekly report's mail carries to the province's distribution list: the whole report (every commune)
 * as .xlsx and PDF in Vietnamese, written from its frozen numbers when the mail is sent, so every recipient gets the
 * same files the history page serves.
 */
@Stateless
public class ReportMailFiles implements MailAttachments {

    static final String KIND = "weekly-report";

    @PersistenceContext
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<FileDownload> files(String id) {
        WeeklyReport report = id.matches("\\d{1,18}") ? em.find(WeeklyReport.class, Long.valueOf(id)) : null;
        if (report == null) {
            throw new NotFoundException("WeeklyReport", id);
        }
        ReportData data = ReportData.load(em, report, null);
        String name = "bao-cao-tuan-" + report.getWeekStart();
        return List.of(FileDownload.of(name + ".xlsx", FileDownload.XLSX, ReportFiles.xlsx(data, Messages.VIETNAMESE)),
                FileDownload.of(name + ".pdf", FileDownload.PDF, ReportFiles.pdf(data, Messages.VIETNAMESE)));
    }
}
