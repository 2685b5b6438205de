package vn.cdtt.duty;

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
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;

/**
 * A commune's week of shifts on one A4 landscape page (more if the sites do not fit): the commune, the week's dates
 * and when it was printed at the top; sites as rows; the seven days, each split into the sessions the week has, as
 * columns; in each cell the members on duty with their phone numbers (sorted by given name), or the seats still
 * open. DejaVu Sans (the allowance statement's font, vn/cdtt/allowance/fonts) is embedded as a Unicode font, so
 * Vietnamese prints on any reader.
 */
final class WeekPlanPdf {

    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Color HEAD = new Color(0xE7, 0xF1, 0xFB);
    private static final Color SHORT = new Color(0xFF, 0xF4, 0xE0);

    private WeekPlanPdf() {
    }

    private static BaseFont font(String file) {
        try (InputStream in = WeekPlanPdf.class.getResourceAsStream("/vn/cdtt/allowance/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(Commune commune, LocalDate monday, List<Shift> week, LocalDateTime printedAt, Locale locale) {
        Font text = new Font(REGULAR, 10);
        Font small = new Font(REGULAR, 8);
        Font title = new Font(BOLD, 14);
        Font cellText = new Font(REGULAR, 7);
        Font cellBold = new Font(BOLD, 7);
        String communeName = Messages.get(locale, "CommuneType." + commune.getType()) + " " + commune.getName();
        LocalDate sunday = monday.plusDays(6);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(Messages.get(locale, "weekPlan.title") + " " + communeName);
        doc.open();

        Paragraph heading = new Paragraph(Messages.get(locale, "weekPlan.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        doc.add(heading);
        Paragraph sub = new Paragraph(Messages.get(locale, "weekPlan.subtitle", communeName,
                monday.format(VietnamTime.DATE), sunday.format(VietnamTime.DATE)), text);
        sub.setAlignment(Element.ALIGN_CENTER);
        doc.add(sub);
        Paragraph printed = new Paragraph(Messages.get(locale, "weekPlan.printed", printedAt.format(PRINTED)), small);
        printed.setAlignment(Element.ALIGN_RIGHT);
        printed.setSpacingAfter(6);
        doc.add(printed);

        if (week.isEmpty()) {
            doc.add(new Paragraph(Messages.get(locale, "weekPlan.empty"), text));
            doc.close();
            return out.toByteArray();
        }

        // the days that have shifts (a commune closed at the weekend prints five), each split into the week's sessions
        Set<SessionPart> partSet = EnumSet.noneOf(SessionPart.class);
        java.util.SortedSet<LocalDate> daySet = new java.util.TreeSet<>();
        week.forEach(s -> {
            partSet.add(s.getPart());
            daySet.add(s.getDate());
        });
        List<SessionPart> parts = new ArrayList<>(partSet);
        List<LocalDate> days = new ArrayList<>(daySet);
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<Long, String> siteNames = new LinkedHashMap<>();
        Map<String, Shift> cells = new HashMap<>();
        week.forEach(s -> {
            siteNames.put(s.getSite().getId(), s.getSite().getName());
            cells.put(s.getSite().getId() + "@" + s.getDate() + "@" + s.getPart(), s);
        });
        List<Map.Entry<Long, String>> sites = new ArrayList<>(siteNames.entrySet());
        sites.sort(Map.Entry.comparingByValue(collator));

        int columns = 1 + days.size() * parts.size();
        float[] widths = new float[columns];
        widths[0] = 1.4f;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1f / parts.size();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        PdfPCell siteHead = head(Messages.get(locale, "weekPlan.site"), cellBold);
        siteHead.setRowspan(2);
        table.addCell(siteHead);
        for (LocalDate day : days) {
            PdfPCell dayHead = head(Messages.get(locale, "DayOfWeek." + day.getDayOfWeek()) + " " + day.format(DAY),
                    cellBold);
            dayHead.setColspan(parts.size());
            table.addCell(dayHead);
        }
        for (int d = 0; d < days.size(); d++) {
            for (SessionPart p : parts) {
                table.addCell(head(Messages.get(locale, "SessionPart." + p), cellText));
            }
        }
        Comparator<Member> byName = Comparator.comparing(Member::getGivenName, collator)
                .thenComparing(Member::getFullName, collator);
        for (Map.Entry<Long, String> site : sites) {
            PdfPCell name = new PdfPCell(new Phrase(site.getValue(), cellBold));
            name.setPadding(3);
            table.addCell(name);
            for (LocalDate day : days) {
                for (SessionPart p : parts) {
                    table.addCell(cell(cells.get(site.getKey() + "@" + day + "@" + p), byName, cellText, cellBold,
                            locale));
                }
            }
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    /** One shift's cell: its hours, then each member on duty with their phone, then the seats still open. */
    private static PdfPCell cell(Shift shift, Comparator<Member> byName, Font text, Font bold, Locale locale) {
        Phrase phrase = new Phrase();
        PdfPCell cell;
        if (shift == null) {
            cell = new PdfPCell(new Phrase("", text));
        } else {
            phrase.add(new Phrase(HOURS.format(shift.getStartTime()) + "–" + HOURS.format(shift.getEndTime()) + "\n", text));
            List<Member> members = shift.getAssignments().stream().map(Assignment::getMember).sorted(byName).toList();
            for (Member m : members) {
                phrase.add(new Phrase(m.getFullName() + "\n", bold));
                if (m.getPhone() != null && !m.getPhone().isBlank()) {
                    phrase.add(new Phrase(m.getPhone() + "\n", text));
                }
            }
            int open = shift.getSeats() - members.size();
            if (open > 0) {
                phrase.add(new Phrase(Messages.get(locale, "weekPlan.open", open), text));
            }
            cell = new PdfPCell(phrase);
            if (open > 0) {
                cell.setBackgroundColor(SHORT);
            }
        }
        cell.setPadding(2);
        return cell;
    }

    private static PdfPCell head(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEAD);
        cell.setPadding(3);
        return cell;
    }
}
