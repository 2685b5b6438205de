package vn.cdtt.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.common.Messages;
import vn.cdtt.common.SheetPrint;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.HelpService;

/**
 * A weekly report as .xlsx (sheet 1 the figures per commune with the province's line first, sheet 2 trainings by
 * target group) and as PDF (A4 landscape, DejaVu Sans embedded as a Unicode font so Vietnamese prints anywhere).
 */
final class ReportFiles {

    private static final String FONTS = "/vn/cdtt/allowance/fonts/";

    private ReportFiles() {
    }

    /** A column of the figures table: its header key and how a line fills it. */
    private record Column(String key, Function<ReportLine, Object> value) {
    }

    private static List<Column> columns(Locale locale) {
        List<Column> c = new ArrayList<>();
        c.add(new Column("weekly.col.commune", ReportLine::getCommuneName));
        c.add(new Column("weekly.col.rating", l -> rating(l, locale)));
        c.add(new Column("weekly.col.unmet", l -> l.getUnmet() == null ? "" : l.getUnmet()));
        c.add(new Column("weekly.col.shifts", ReportLine::getShiftsPlanned));
        c.add(new Column("weekly.col.required", ReportLine::getSeatsRequired));
        c.add(new Column("weekly.col.filled", ReportLine::getSeatsFilled));
        c.add(new Column("weekly.col.attended", ReportLine::getAttended));
        c.add(new Column("weekly.col.noShows", ReportLine::getNoShows));
        c.add(new Column("weekly.col.helped", ReportLine::getHelped));
        for (HelpService s : HelpService.values()) {
            c.add(new Column("HelpService." + s, l -> l.helped(s)));
        }
        c.add(new Column("weekly.col.trainings", ReportLine::getTrainings));
        c.add(new Column("weekly.col.participants", ReportLine::getParticipants));
        c.add(new Column("weekly.col.requests", ReportLine::getRequests));
        c.add(new Column("weekly.col.requestsOpen", ReportLine::getRequestsOpen));
        c.add(new Column("weekly.col.requestsFilled", ReportLine::getRequestsFilled));
        c.add(new Column("weekly.col.helperSeats", ReportLine::getHelperSeats));
        c.add(new Column("weekly.col.deltaFilled", ReportLine::getDeltaFilled));
        c.add(new Column("weekly.col.deltaAttended", ReportLine::getDeltaAttended));
        c.add(new Column("weekly.col.deltaNoShows", ReportLine::getDeltaNoShows));
        c.add(new Column("weekly.col.deltaHelped", ReportLine::getDeltaHelped));
        c.add(new Column("weekly.col.deltaParticipants", ReportLine::getDeltaParticipants));
        c.add(new Column("weekly.col.lateAttended", ReportLine::getLateAttended));
        c.add(new Column("weekly.col.lateNoShows", ReportLine::getLateNoShows));
        c.add(new Column("weekly.col.lateHelped", ReportLine::getLateHelped));
        c.add(new Column("weekly.col.lateParticipants", ReportLine::getLateParticipants));
        return c;
    }

    static String title(ReportData data, Locale locale) {
        return Messages.get(locale, "weekly.file.title", data.province(),
                data.report().getWeekStart().format(VietnamTime.DATE), data.report().getWeekEnd().format(VietnamTime.DATE));
    }

    static byte[] xlsx(ReportData data, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle bold = book.createCellStyle();
            XSSFFont font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            List<Column> columns = columns(locale);
            Sheet sheet = book.createSheet(Messages.get(locale, "weekly.sheet.figures"));
            sheet.createRow(0).createCell(0).setCellValue(title(data, locale));
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(Messages.get(locale, "weekly.file.issued",
                    data.report().getIssuedAt().format(VietnamTime.DATE_TIME)));
            Row header = sheet.createRow(3);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(Messages.get(locale, columns.get(i).key()));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 4;
            for (ReportLine line : data.lines()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = columns.get(i).value().apply(line);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
                if (line.getLineNo() == 0) {
                    row.getCell(0).setCellStyle(bold);
                }
            }
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.createFreezePane(1, 4);
            SheetPrint.a4(sheet, columns.size(), 3, 3);

            Sheet groups = book.createSheet(Messages.get(locale, "weekly.sheet.groups"));
            Row gh = groups.createRow(0);
            String[] keys = {"weekly.col.commune", "weekly.col.group", "weekly.col.trainings", "weekly.col.participants"};
            for (int i = 0; i < keys.length; i++) {
                gh.createCell(i).setCellValue(Messages.get(locale, keys[i]));
                gh.getCell(i).setCellStyle(bold);
            }
            int g = 1;
            for (ReportLine line : data.lines()) {
                for (ReportGroup group : data.groupsOf(line)) {
                    Row row = groups.createRow(g++);
                    row.createCell(0).setCellValue(line.getCommuneName());
                    row.createCell(1).setCellValue(group.group(locale));
                    row.createCell(2).setCellValue(group.getSessions());
                    row.createCell(3).setCellValue(group.getParticipants());
                }
            }
            groups.setColumnWidth(0, 28 * 256);
            groups.setColumnWidth(1, 30 * 256);
            SheetPrint.a4(groups, keys.length, 0, 0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont font(String file) {
        try (InputStream in = ReportFiles.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF: the title, then a table of the main figures per line (the .xlsx has every column). */
    static byte[] pdf(ReportData data, Locale locale) {
        BaseFont regular = font("DejaVuSans.ttf");
        BaseFont boldFont = font("DejaVuSans-Bold.ttf");
        Font text = new Font(regular, 7);
        Font bold = new Font(boldFont, 7);
        Font title = new Font(boldFont, 13);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title(data, locale));
        doc.open();
        Paragraph heading = new Paragraph(title(data, locale), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        doc.add(heading);
        Paragraph issued = new Paragraph(Messages.get(locale, "weekly.file.issued",
                data.report().getIssuedAt().format(VietnamTime.DATE_TIME)), text);
        issued.setAlignment(Element.ALIGN_CENTER);
        issued.setSpacingAfter(8);
        doc.add(issued);

        String[] keys = {"weekly.col.commune", "weekly.col.rating", "weekly.col.unmet", "weekly.col.shifts",
            "weekly.col.required", "weekly.col.filled", "weekly.col.attended", "weekly.col.noShows", "weekly.col.helped",
            "weekly.col.trainings", "weekly.col.participants", "weekly.col.requests", "weekly.col.deltaFilled",
            "weekly.col.deltaAttended", "weekly.col.deltaHelped"};
        PdfPTable table = new PdfPTable(new float[] {16, 6, 12, 5, 5, 5, 5, 5, 6, 5, 6, 5, 6, 6, 6});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(new Phrase(Messages.get(locale, key), bold));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (ReportLine l : data.lines()) {
            Font f = l.getLineNo() == 0 ? bold : text;
            Object[] values = {l.getCommuneName(), rating(l, locale),
                l.getUnmet() == null ? "" : l.getUnmet(), l.getShiftsPlanned(), l.getSeatsRequired(), l.getSeatsFilled(),
                l.getAttended(), l.getNoShows(), l.getHelped(), l.getTrainings(), l.getParticipants(), l.getRequests(),
                delta(l.getDeltaFilled()), delta(l.getDeltaAttended()), delta(l.getDeltaHelped())};
            for (int i = 0; i < values.length; i++) {
                PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(values[i]), f));
                if (i >= 3) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    static String rating(ReportLine line, Locale locale) {
        return Messages.get(locale, switch (line.getRating()) {
            case GREEN -> "weekly.rating.green";
            case YELLOW -> "weekly.rating.yellow";
            case RED -> "weekly.rating.red";
        });
    }

    private static String delta(Integer d) {
        return d == null ? "" : d > 0 ? "+" + d : d.toString();
    }
}
