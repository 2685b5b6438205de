package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.Presence;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.PrintedSheets;
import vn.cdtt.notification.MailSender;
import vn.cdtt.notification.OutboxMail;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.rating.RatingCriteria;
import vn.cdtt.rating.RatingCriterion;
import vn.cdtt.report.ReportData;
import vn.cdtt.report.ReportExistsException;
import vn.cdtt.report.ReportLine;
import vn.cdtt.report.ReportWriter;
import vn.cdtt.report.WeeklyReport;
import vn.cdtt.report.WeeklyReportTimer;
import vn.cdtt.report.WeeklyReports;
import vn.cdtt.common.PageRequest;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * Báo cáo tuần: an issued report keeps its numbers when the data changes later (the next report shows the late
 * correction), a week is issued once (the timer's second run and a racing writer change nothing), the .xlsx and PDF
 * carry the figures, viewers read them, and only the province issues a report on demand.
 */
class WeeklyReportIT extends IntegrationTest {

    /** xã Ia Hiao and xã Ia Rsai: no other test uses them. */
    private static final String FROZEN = "23926";
    private static final String OTHER = "24065";

    @Inject
    WeeklyReports reports;

    @Inject
    WeeklyReportTimer timer;

    @Inject
    ReportWriter writer;

    @Inject
    AttendanceService attendance;

    @Inject
    MailSender mailSender;

    @Inject
    RatingCriteria criteria;

    private static ReportLine lineOf(ReportData data, Long commune) {
        return data.lines().stream().filter(l -> commune.equals(l.getCommuneId())).findFirst().orElseThrow();
    }

    @Test
    void anIssuedReportIsFrozenAndTheNextOneShowsTheLateCorrection() throws Exception {
        Long commune = fixtures.commune(FROZEN);
        LocalDate first = fixtures.nextWeeks(2);
        Long an = fixtures.member(commune, "Rah Lan An");
        Long binh = fixtures.member(commune, "Ksor Bình");
        Long shift = fixtures.shiftAt(commune, first.plusDays(1), LocalTime.of(7, 30), LocalTime.of(11, 30), an, binh);
        TestClock.setNow(first.plusDays(1), LocalTime.of(12, 0));
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        attendance.correct(fixtures.assignment(shift, an), Presence.PRESENT, "Theo sổ trực");
        attendance.correct(fixtures.assignment(shift, binh), Presence.ABSENT, "Không đến");

        TestClock.setNow(first.plusWeeks(1).plusDays(1), LocalTime.of(9, 0));
        String province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        actAs(province);
        assertEquals("weekly.week.notOver", assertThrows(InvalidInputException.class,
                () -> reports.produce(first.plusWeeks(1))).getMessageKey());
        Long id = reports.produce(first.plusDays(3));
        ReportData issued = reports.find(id);
        assertEquals(first, issued.report().getWeekStart());
        assertEquals(136, issued.lines().size(), "the province's line and its 135 communes");
        ReportLine line = lineOf(issued, commune);
        assertEquals(1, line.getShiftsPlanned());
        assertEquals(1, line.getAttended());
        assertEquals(1, line.getNoShows());
        assertEquals(CoverageLight.RED, line.getRating(),
                "unplanned sessions, no training, attendance 50 %, no team, nothing declared: more than five unmet");
        assertTrue(line.getUnmet().contains("CO-MAT") && line.getUnmet().contains("TRUC-DU"), line.getUnmet());
        assertTrue(issued.total().getNoShows() >= 1);

        // a late correction: Bình was there after all
        actAs(coordinator);
        attendance.correct(fixtures.assignment(shift, binh), Presence.PRESENT, "Có mặt, quên điểm danh");
        actAs(province);
        ReportLine still = lineOf(reports.find(id), commune);
        assertEquals(1, still.getAttended(), "issued numbers never change");
        assertEquals(1, still.getNoShows());
        ReportExistsException again = assertThrows(ReportExistsException.class, () -> reports.produce(first));
        assertEquals(id, again.getReportId());

        TestClock.setNow(first.plusWeeks(2).plusDays(1), LocalTime.of(9, 0));
        Long next = reports.produce(first.plusWeeks(1));
        ReportLine after = lineOf(reports.find(next), commune);
        assertEquals(0, after.getAttended());
        assertEquals(1, after.getLateAttended(), "the correction of the week before shows in the next report");
        assertEquals(-1, after.getLateNoShows());
        assertEquals(-1, after.getDeltaAttended(), "against the week before as reported");

        // the files carry the same frozen figures
        byte[] xlsx = reports.xlsx(id, Messages.VIETNAMESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(3);
            int attendedColumn = -1;
            int noShowColumn = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                String text = header.getCell(i).getStringCellValue();
                if (text.equals(Messages.get(Messages.VIETNAMESE, "weekly.col.attended"))) {
                    attendedColumn = i;
                }
                if (text.equals(Messages.get(Messages.VIETNAMESE, "weekly.col.noShows"))) {
                    noShowColumn = i;
                }
            }
            Row found = null;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(line.getCommuneName())) {
                    found = sheet.getRow(r);
                }
            }
            assertNotNull(found, "the commune's row");
            assertEquals(1, (int) found.getCell(attendedColumn).getNumericCellValue());
            assertEquals(1, (int) found.getCell(noShowColumn).getNumericCellValue());
            assertEquals(137, sheet.getLastRowNum() - 3 + 1, "header row and 136 lines");
        }
        byte[] pdf = reports.pdf(id, Messages.ENGLISH);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() >= 3, "136 lines run over several pages: " + reader.getNumberOfPages());
        reader.close();

        // a viewer reads it all; a commune coordinator the province's line and their own
        actAs(fixtures.account(Role.VIEWER, null));
        assertEquals(136, reports.find(id).lines().size());
        assertTrue(reports.xlsx(id, Messages.ENGLISH).length > 0);
        List<WeeklyReport> history = reports.history(PageRequest.of(0, 50)).rows();
        assertTrue(history.stream().anyMatch(r -> r.getId().equals(id)));
        actAs(coordinator);
        ReportData own = reports.find(id);
        assertEquals(2, own.lines().size());
        assertNull(own.lines().get(0).getCommuneId());
        assertEquals(commune, own.lines().get(1).getCommuneId());
        assertThrows(AccessDeniedException.class, () -> reports.produce(first));
        actAs(fixtures.account(Role.MEMBER, commune));
        assertThrows(AccessDeniedException.class, () -> reports.find(id));
    }

    @Test
    void theMondayTimerIssuesOnceAndARacingServerWritesNothing() throws Exception {
        Long commune = fixtures.commune(OTHER);
        LocalDate week = fixtures.nextWeeks(2);
        TestClock.setNow(week.plusDays(2), LocalTime.of(12, 0));
        fixtures.attendedShift(commune, week.plusDays(2), fixtures.member(commune, "Siu Hoa"));
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        reports.saveRecipients("tinh.doan@example.vn, so.khcn@example.vn");
        assertEquals("weekly.recipients.invalid", assertThrows(InvalidInputException.class,
                () -> reports.saveRecipients("khong-phai-thu")).getMessageKey());
        int mailsBefore = fixtures.mailsTo("so.khcn@example.vn").size();

        TestClock.setNow(week.plusWeeks(1), LocalTime.of(7, 0));
        assertEquals(1, timer.run(week.plusWeeks(1).atTime(7, 0)));
        Long id = reports.issuedFor(week).orElseThrow();
        assertEquals(1, lineOf(reports.find(id), commune).getAttended());
        assertEquals(2, reports.find(id).report().getMailedTo());
        assertEquals(mailsBefore + 1, fixtures.mailsTo("so.khcn@example.vn").size());
        assertTheMailCarriesTheFiles(fixtures.mailsTo("so.khcn@example.vn").get(mailsBefore), week);

        assertEquals(0, timer.run(week.plusWeeks(1).atTime(7, 0)), "a second run (or server) issues nothing");
        assertThrows(EJBException.class, () -> writer.issue(1L, week, "system", false, week.plusWeeks(1).atTime(7, 0)),
                "a server that missed the check still meets the unique week");
        assertEquals(id, reports.issuedFor(week).orElseThrow());
        assertEquals(2, reports.find(id).report().getMailedTo());
        assertEquals(mailsBefore + 1, fixtures.mailsTo("so.khcn@example.vn").size(), "mailed once");
    }

    /**
     * The PDF an official opens for the province's 135 communes, most of them red: at most 8 pages; page 1 has the
     * communes per colour this week and last week with the change, and the red communes with their unmet criteria
     * in words; no criterion code anywhere; the table gives each commune's colour in words.
     */
    @Test
    void thePdfTellsOnPage1WhatNeedsActionInWordsAndStaysShort() throws Exception {
        LocalDate first = fixtures.nextWeeks(2);
        TestClock.setNow(first.plusWeeks(2).plusDays(1), LocalTime.of(9, 0));
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        ReportData before = reports.find(reports.produce(first));
        Long id = reports.produce(first.plusWeeks(1));
        ReportData data = reports.find(id);
        assertEquals(135, data.communes().size());
        List<ReportLine> red = data.communes().stream().filter(l -> l.getRating() == CoverageLight.RED).toList();
        assertTrue(red.size() > 60, "a province of many red communes: " + red.size());
        // the red communes are grouped by the criteria they miss, the largest group first
        Map<String, List<ReportLine>> bySameCriteria = red.stream().collect(Collectors.groupingBy(ReportLine::getUnmet));
        ReportLine needsAction = bySameCriteria.values().stream().max(Comparator.comparingInt(List::size))
                .orElseThrow().get(0);
        List<RatingCriterion> inForce = criteria.inForce(first.plusWeeks(1));

        byte[] pdf = reports.pdf(id, Messages.VIETNAMESE);
        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() <= 8, "pages: " + reader.getNumberOfPages());
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String page1 = extractor.getTextFromPage(1).replaceAll("\\s+", " ");
            for (CoverageLight colour : CoverageLight.values()) {
                long now = data.communes().stream().filter(l -> l.getRating() == colour).count();
                long then = before.communes().stream().filter(l -> l.getRating() == colour).count();
                String word = Messages.get(Messages.VIETNAMESE, "weekly.rating." + colour.name().toLowerCase());
                String row = word + " " + now + " " + then + " " + (now > then ? "+" : "") + (now - then);
                assertTrue(flat(page1).contains(flat(row)),
                        "this week, last week and the change: " + row + " in " + page1);
            }
            assertTrue(flat(page1).contains(flat("Xếp loại Tuần này Tuần trước Thay đổi")), page1);
            assertTrue(page1.contains("Xã, phường cần hành động: " + red.size() + " xã, phường xếp loại Đỏ"), page1);
            assertTrue(page1.contains(needsAction.getCommuneName()), needsAction.getCommuneName() + " in " + page1);
            for (RatingCriterion c : inForce) {
                if (needsAction.getUnmet().contains(c.getCode() + " ")) {
                    assertTrue(page1.contains(c.getNameVi()), c.getNameVi() + " in " + page1);
                }
            }
            StringBuilder all = new StringBuilder(page1);
            for (int page = 2; page <= reader.getNumberOfPages(); page++) {
                all.append(' ').append(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
            }
            for (RatingCriterion c : inForce) {
                assertFalse(all.toString().contains(c.getCode()), "no criterion code: " + c.getCode());
            }
            for (String colour : List.of("Xanh", "Vàng", "Đỏ")) {
                assertTrue(all.toString().contains(colour), colour);
            }
            assertTrue(flat(all.toString()).contains(flat(needsAction.getCommuneName() + " Đỏ")),
                    "the commune's colour in the table");
        } finally {
            reader.close();
        }
    }

    /** Text without its spaces: OpenPDF's extractor puts a space between some table cells and not others. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The distribution list's mail carries the whole report as .xlsx and PDF, written from the frozen numbers. */
    private void assertTheMailCarriesTheFiles(OutboxMail mail, LocalDate week) throws Exception {
        MimeMessage message = mailSender.compose(mail);
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(3, parts.getCount(), "the text, the workbook and the PDF");
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("report/history.xhtml?report="));
        BodyPart workbook = parts.getBodyPart(1);
        assertEquals("bao-cao-tuan-" + week + ".xlsx", MimeUtility.decodeText(workbook.getFileName()));
        assertTrue(workbook.getContentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"),
                workbook.getContentType());
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.getInputStream())) {
            assertEquals(137, book.getSheetAt(0).getLastRowNum() - 3 + 1, "every commune, not one reader's view");
            PrintedSheets.assertPrintsOnA4(book.getSheetAt(0), true, 3);
            PrintedSheets.assertPrintsOnA4(book.getSheetAt(1), false, 0);
        }
        BodyPart pdf = parts.getBodyPart(2);
        assertEquals("bao-cao-tuan-" + week + ".pdf", MimeUtility.decodeText(pdf.getFileName()));
        byte[] head = pdf.getInputStream().readNBytes(5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
