package vn.cdtt.report;

import com.lowagie.text.Chunk;
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
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.common.Messages;
import vn.cdtt.common.SheetPrint;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.HelpService;
import vn.cdtt.rating.RatingColour;

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

    private static List<Column> columns(ReportData data, Locale locale) {
        List<Column> c = new ArrayList<>();
        c.add(new Column("weekly.col.commune", ReportLine::getCommuneName));
        c.add(new Column("weekly.col.rating", l -> rating(l, locale)));
        c.add(new Column("weekly.col.unmet", l -> data.unmetText(l, locale)));
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
            List<Column> columns = columns(data, locale);
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

    /** The colours of the rating in print: a light fill (the word stays readable in black and white). */
    private static Color fill(CoverageLight colour) {
        return switch (colour) {
            case GREEN -> new Color(0xC8, 0xE6, 0xC9);
            case YELLOW -> new Color(0xFF, 0xE0, 0x82);
            case RED -> new Color(0xEF, 0x9A, 0x9A);
        };
    }

    /**
     * The PDF an official reads: page 1 the communes per colour this week and the week before with the change, and
     * the communes that need action (red) with their unmet criteria in words, grouped by the same criteria; then one
     * compact table of the main figures per commune (the .xlsx has every column), the rating in its colour.
     */
    static byte[] pdf(ReportData data, Locale locale) {
        BaseFont regular = font("DejaVuSans.ttf");
        BaseFont boldFont = font("DejaVuSans-Bold.ttf");
        Font text = new Font(regular, 6.5f);
        Font bold = new Font(boldFont, 6.5f);
        Font small = new Font(regular, 5.5f);
        Font body = new Font(regular, 9);
        Font bodyBold = new Font(boldFont, 9);
        Font section = new Font(boldFont, 11);
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
        issued.setSpacingAfter(10);
        doc.add(issued);

        summary(doc, data, locale, body, bodyBold, section);
        needAction(doc, data, locale, body, bodyBold, section);

        doc.newPage();
        Paragraph figures = new Paragraph(Messages.get(locale, "weekly.pdf.figures"), section);
        figures.setSpacingAfter(6);
        doc.add(figures);
        String[] keys = {"weekly.col.commune", "weekly.col.rating", "weekly.col.unmet", "weekly.col.shifts",
            "weekly.col.required", "weekly.col.filled", "weekly.col.attended", "weekly.col.noShows", "weekly.col.helped",
            "weekly.col.trainings", "weekly.col.participants", "weekly.col.requests", "weekly.col.deltaFilled",
            "weekly.col.deltaAttended", "weekly.col.deltaHelped"};
        PdfPTable table = new PdfPTable(new float[] {10, 7, 37, 4, 4, 4, 4, 4, 5, 4, 5, 4, 5, 5, 5});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(new Phrase(Messages.get(locale, key), small));
            cell.setGrayFill(0.9f);
            cell.setPadding(2);
            table.addCell(cell);
        }
        for (ReportLine l : data.lines()) {
            Font f = l.getLineNo() == 0 ? bold : text;
            table.addCell(cell(l.getCommuneName(), f, false));
            Phrase rating = new Phrase(rating(l, locale), bold);
            CoverageLight before = data.before(l);
            if (before != null && before != l.getRating()) {
                rating.add(new Chunk("\n" + Messages.get(locale, "weekly.pdf.was", rating(before, locale)), small));
            }
            PdfPCell ratingCell = new PdfPCell(rating);
            ratingCell.setBackgroundColor(fill(l.getRating()));
            ratingCell.setPadding(2);
            table.addCell(ratingCell);
            table.addCell(cell(unmet(data, l, locale), f, false));
            Object[] values = {l.getShiftsPlanned(), l.getSeatsRequired(), l.getSeatsFilled(), l.getAttended(),
                l.getNoShows(), l.getHelped(), l.getTrainings(), l.getParticipants(), l.getRequests(),
                delta(l.getDeltaFilled()), delta(l.getDeltaAttended()), delta(l.getDeltaHelped())};
            for (Object value : values) {
                table.addCell(cell(String.valueOf(value), f, true));
            }
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String value, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(2);
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    /** Communes per colour this week and the week before, with the change; the communes whose colour changed. */
    private static void summary(Document doc, ReportData data, Locale locale, Font body, Font bodyBold, Font section) {
        Paragraph heading = new Paragraph(Messages.get(locale, "weekly.pdf.colours"), section);
        heading.setSpacingAfter(4);
        doc.add(heading);
        PdfPTable table = new PdfPTable(new float[] {14, 9, 9, 9});
        table.setWidthPercentage(50);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String key : new String[] {"weekly.col.rating", "weekly.pdf.thisWeek", "weekly.pdf.lastWeek",
            "weekly.pdf.change"}) {
            PdfPCell cell = new PdfPCell(new Phrase(Messages.get(locale, key), bodyBold));
            cell.setGrayFill(0.9f);
            cell.setPadding(3);
            table.addCell(cell);
        }
        boolean known = data.countBefore(CoverageLight.GREEN) != null;
        int now = 0;
        int then = 0;
        for (CoverageLight colour : CoverageLight.values()) {
            PdfPCell name = new PdfPCell(new Phrase(rating(colour, locale), bodyBold));
            name.setBackgroundColor(fill(colour));
            name.setPadding(3);
            table.addCell(name);
            int count = data.count(colour);
            now += count;
            table.addCell(cell(String.valueOf(count), body, true));
            if (known) {
                int before = data.countBefore(colour);
                then += before;
                table.addCell(cell(String.valueOf(before), body, true));
                table.addCell(cell(change(count - before), body, true));
            } else {
                table.addCell(cell("–", body, true));
                table.addCell(cell("–", body, true));
            }
        }
        table.addCell(cell(Messages.get(locale, "weekly.pdf.total"), bodyBold, false));
        table.addCell(cell(String.valueOf(now), bodyBold, true));
        table.addCell(cell(known ? String.valueOf(then) : "–", bodyBold, true));
        table.addCell(cell(known ? change(now - then) : "–", bodyBold, true));
        doc.add(table);

        String changes;
        if (!known) {
            changes = Messages.get(locale, "weekly.pdf.noBefore");
        } else {
            int better = 0;
            int worse = 0;
            for (ReportLine l : data.communes()) {
                CoverageLight before = data.before(l);
                if (before != null && before != l.getRating()) {
                    if (l.getRating().compareTo(before) < 0) {
                        better++;
                    } else {
                        worse++;
                    }
                }
            }
            // a commune coordinator's report has their own commune only: the movement of the others is not theirs
            changes = data.communes().size() < now ? "" : Messages.get(locale, "weekly.pdf.changed", better, worse);
        }
        Paragraph legend = new Paragraph(Messages.get(locale, "weekly.pdf.legend", RatingColour.YELLOW_MAX_UNMET)
                + (changes.isEmpty() ? "" : " " + changes), body);
        legend.setSpacingBefore(4);
        legend.setSpacingAfter(10);
        doc.add(legend);
    }

    /** The red communes, grouped by the criteria they did not meet (named in words), most communes first. */
    private static void needAction(Document doc, ReportData data, Locale locale, Font body, Font bodyBold,
                                   Font section) {
        List<ReportLine> red = data.communes().stream().filter(l -> l.getRating() == CoverageLight.RED).toList();
        Paragraph heading = new Paragraph(Messages.get(locale, "weekly.pdf.action", red.size(),
                RatingColour.YELLOW_MAX_UNMET), section);
        heading.setSpacingAfter(4);
        doc.add(heading);
        if (red.isEmpty()) {
            doc.add(new Paragraph(Messages.get(locale, "weekly.pdf.noAction"), body));
            return;
        }
        Map<List<String>, List<ReportLine>> bySameCriteria = new LinkedHashMap<>();
        for (ReportLine l : red) {
            bySameCriteria.computeIfAbsent(data.unmetNames(l, locale), k -> new ArrayList<>()).add(l);
        }
        List<Map.Entry<List<String>, List<ReportLine>>> groups = new ArrayList<>(bySameCriteria.entrySet());
        groups.sort((a, b) -> b.getValue().size() - a.getValue().size());
        for (Map.Entry<List<String>, List<ReportLine>> group : groups) {
            Paragraph p = new Paragraph();
            p.setSpacingAfter(5);
            p.add(new Chunk(Messages.get(locale, "weekly.pdf.unmet", group.getKey().size(),
                    String.join("; ", group.getKey())), bodyBold));
            List<String> names = new ArrayList<>();
            for (ReportLine l : group.getValue()) {
                CoverageLight before = data.before(l);
                names.add(before != null && before != CoverageLight.RED
                        ? Messages.get(locale, "weekly.pdf.newlyRed", l.getCommuneName(), rating(before, locale))
                        : l.getCommuneName());
            }
            p.add(new Chunk("\n" + Messages.get(locale, "weekly.pdf.communes", names.size(), String.join(", ", names)),
                    body));
            doc.add(p);
        }
    }

    /**
     * A line's unmet criteria in words, compact: their names when they are fewer than those met, else the names of
     * the few met ("unmet 6 of 7; met only …"). The province's line: its communes per colour.
     */
    static String unmet(ReportData data, ReportLine line, Locale locale) {
        if (line.getLineNo() == 0) {
            return data.unmetText(line, locale);
        }
        List<String> unmet = data.unmetNames(line, locale);
        if (unmet.isEmpty() || data.criteria().isEmpty()) {
            return String.join("; ", unmet);
        }
        List<String> met = data.metNames(line, locale);
        int total = unmet.size() + met.size();
        if (met.isEmpty()) {
            return Messages.get(locale, "weekly.pdf.unmetAll", total);
        }
        if (unmet.size() > met.size()) {
            return Messages.get(locale, "weekly.pdf.onlyMet", unmet.size(), total, String.join("; ", met));
        }
        return String.join("; ", unmet);
    }

    private static String change(int d) {
        return d > 0 ? "+" + d : Integer.toString(d);
    }

    static String rating(ReportLine line, Locale locale) {
        return rating(line.getRating(), locale);
    }

    static String rating(CoverageLight colour, Locale locale) {
        return Messages.get(locale, switch (colour) {
            case GREEN -> "weekly.rating.green";
            case YELLOW -> "weekly.rating.yellow";
            case RED -> "weekly.rating.red";
        });
    }

    private static String delta(Integer d) {
        return d == null ? "" : d > 0 ? "+" + d : d.toString();
    }
}
