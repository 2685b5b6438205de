package vn.cdtt.allowance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * The payment sheet (bảng thanh toán) of a commune-month as an .xlsx for the accountant: unit, title and month; one
 * row per member with their team, sessions attended, trainings, the amount of each component, the total and a
 * "Ký nhận" column to sign; the grand total in figures and in words; place, date and the three signatures. Every
 * figure is a sum of the statement's lines. Coordinators only: a commune's own, or the province's.
 */
@Stateless
public class PaymentSheets {

    /** Columns before the components: No., full name, team, sessions attended, trainings. */
    private static final int FIRST_AMOUNT = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AllowanceStatements statements;

    /** The sheet of the statement as last computed (or frozen); refused before its first computation. */
    public byte[] commune(Long communeId, YearMonth month, Locale locale) {
        Caller caller = callers.current();
        Commune commune = communeId == null ? null : em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        StatementView view = statements.find(communeId, month)
                .orElseThrow(() -> new InvalidInputException("allowance.sheet.none"));
        return write(view, commune, teams(view), locale);
    }

    /** Member id → team name, as the roster stands: one query. */
    private Map<Long, String> teams(StatementView view) {
        Map<Long, String> teams = new HashMap<>();
        if (!view.lines().isEmpty()) {
            em.createQuery("SELECT m.id, t.name FROM Member m JOIN m.team t WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", view.byMember().keySet()).getResultList()
                    .forEach(r -> teams.put((Long) r[0], (String) r[1]));
        }
        return teams;
    }

    /** One member's row: counts of the work of the month itself (adjustments are money, not sessions). */
    private record MemberRow(String name, String team, long sessions, long trainings,
                             Map<AllowanceComponent, Long> amounts, long total) {
    }

    private static List<MemberRow> rows(StatementView view, Map<Long, String> teams) {
        List<MemberRow> rows = new ArrayList<>();
        view.byMember().forEach((memberId, total) -> {
            List<StatementView.Line> lines = view.of(memberId);
            Map<AllowanceComponent, Long> amounts = new EnumMap<>(AllowanceComponent.class);
            lines.forEach(l -> amounts.merge(l.component(), l.amount(), Long::sum));
            long sessions = lines.stream().filter(l -> !l.adjustment() && l.component() == AllowanceComponent.DUTY_SESSION)
                    .map(StatementView.Line::shiftId).filter(Objects::nonNull).distinct().count();
            long trainings = lines.stream().filter(l -> !l.adjustment()
                            && (l.component() == AllowanceComponent.TRAINING_LEAD
                            || l.component() == AllowanceComponent.TRAINING_ASSISTANT))
                    .map(StatementView.Line::trainingId).filter(Objects::nonNull).distinct().count();
            rows.add(new MemberRow(lines.get(0).member(), teams.getOrDefault(memberId, ""), sessions, trainings,
                    amounts, total));
        });
        return rows;
    }

    private static byte[] write(StatementView view, Commune commune, Map<Long, String> teams, Locale locale) {
        List<AllowanceComponent> components = Arrays.stream(AllowanceComponent.values())
                .filter(view.byComponent()::containsKey).toList();
        int totalColumn = FIRST_AMOUNT + components.size();
        int lastColumn = totalColumn + 1;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(Messages.get(locale, "allowance.sheet.name", view.month().getMonthValue(),
                    view.month().getYear()));
            int r = 0;
            text(sheet.createRow(r++), 0, Messages.get(locale, "allowance.sheet.unit", commune.toString()), st.bold);
            r++;
            merged(sheet, r++, lastColumn, Messages.get(locale, "allowance.sheet.title"), st.title);
            merged(sheet, r++, lastColumn, Messages.get(locale, "allowance.sheet.month", view.month().getMonthValue(),
                    view.month().getYear()) + " · " + Messages.get(locale, "StatementState." + view.state()), st.center);
            r++;

            Row head = sheet.createRow(r++);
            List<String> headers = new ArrayList<>(List.of(Messages.get(locale, "allowance.sheet.no"),
                    Messages.get(locale, "allowance.sheet.fullName"), Messages.get(locale, "allowance.sheet.team"),
                    Messages.get(locale, "allowance.sheet.sessions"), Messages.get(locale, "allowance.sheet.trainings")));
            components.forEach(c -> headers.add(Messages.get(locale, "AllowanceComponent." + c)));
            headers.add(Messages.get(locale, "allowance.sheet.total"));
            headers.add(Messages.get(locale, "allowance.sheet.signature"));
            for (int i = 0; i < headers.size(); i++) {
                text(head, i, headers.get(i), st.header);
            }
            head.setHeightInPoints(48);

            int no = 1;
            for (MemberRow m : rows(view, teams)) {
                Row row = sheet.createRow(r++);
                text(row, 0, Integer.toString(no++), st.cellCenter);
                text(row, 1, m.name(), st.cell);
                text(row, 2, m.team(), st.cell);
                text(row, 3, Long.toString(m.sessions()), st.cellCenter);
                text(row, 4, Long.toString(m.trainings()), st.cellCenter);
                for (int i = 0; i < components.size(); i++) {
                    Long amount = m.amounts().get(components.get(i));
                    text(row, FIRST_AMOUNT + i, amount == null ? "" : Money.figures(amount), st.money);
                }
                text(row, totalColumn, Money.figures(m.total()), st.money);
                text(row, lastColumn, "", st.cell);
                row.setHeightInPoints(28);
            }

            Row sum = sheet.createRow(r++);
            text(sum, 0, "", st.headerLeft);
            text(sum, 1, Messages.get(locale, "allowance.sheet.grandTotal"), st.headerLeft);
            for (int i = 2; i < FIRST_AMOUNT; i++) {
                text(sum, i, "", st.headerLeft);
            }
            for (int i = 0; i < components.size(); i++) {
                text(sum, FIRST_AMOUNT + i, Money.figures(view.byComponent().get(components.get(i))), st.moneyBold);
            }
            text(sum, totalColumn, Money.figures(view.total()), st.moneyBold);
            text(sum, lastColumn, "", st.headerLeft);
            r++;
            text(sheet.createRow(r++), 0, Messages.get(locale, "allowance.sheet.inWords", Money.words(view.total())), st.italic);
            r++;

            LocalDate today = VietnamTime.today();
            Row placeRow = sheet.createRow(r++);
            int signatureWidth = Math.max(1, (lastColumn + 1) / 3);
            int thirdColumn = lastColumn + 1 - signatureWidth;
            text(placeRow, thirdColumn, Messages.get(locale, "allowance.sheet.placeDate", commune.getName(),
                    today.getDayOfMonth(), today.getMonthValue(), today.getYear()), st.italicCenter);
            mergeIfWide(sheet, placeRow.getRowNum(), thirdColumn, lastColumn);
            Row roles = sheet.createRow(r++);
            Row hints = sheet.createRow(r++);
            int[] starts = {0, signatureWidth, thirdColumn};
            int[] ends = {signatureWidth - 1, thirdColumn - 1, lastColumn};
            String[] keys = {"allowance.sheet.preparedBy", "allowance.sheet.accountant", "allowance.sheet.head"};
            for (int i = 0; i < 3; i++) {
                int start = Math.min(starts[i], ends[i]);
                text(roles, start, Messages.get(locale, keys[i]), st.boldCenter);
                text(hints, start, Messages.get(locale, "allowance.sheet.signHint"), st.italicCenter);
                mergeIfWide(sheet, roles.getRowNum(), start, ends[i]);
                mergeIfWide(sheet, hints.getRowNum(), start, ends[i]);
            }

            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            sheet.setColumnWidth(3, 10 * 256);
            sheet.setColumnWidth(4, 10 * 256);
            for (int i = FIRST_AMOUNT; i <= totalColumn; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.setColumnWidth(lastColumn, 14 * 256);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void merged(Sheet sheet, int rowNum, int lastColumn, String value, CellStyle style) {
        text(sheet.createRow(rowNum), 0, value, style);
        mergeIfWide(sheet, rowNum, 0, lastColumn);
    }

    private static void mergeIfWide(Sheet sheet, int rowNum, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(rowNum, rowNum, first, last));
        }
    }

    /** The few looks of the sheet: a workbook holds a limited number of styles, so each is made once. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle boldCenter;
        final CellStyle title;
        final CellStyle center;
        final CellStyle italic;
        final CellStyle italicCenter;
        final CellStyle header;
        final CellStyle headerLeft;
        final CellStyle cell;
        final CellStyle cellCenter;
        final CellStyle money;
        final CellStyle moneyBold;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            Font italicFont = wb.createFont();
            italicFont.setItalic(true);
            bold = style(wb, boldFont, HorizontalAlignment.LEFT, false);
            boldCenter = style(wb, boldFont, HorizontalAlignment.CENTER, false);
            title = style(wb, titleFont, HorizontalAlignment.CENTER, false);
            center = style(wb, null, HorizontalAlignment.CENTER, false);
            italic = style(wb, italicFont, HorizontalAlignment.LEFT, false);
            italicCenter = style(wb, italicFont, HorizontalAlignment.CENTER, false);
            header = style(wb, boldFont, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            headerLeft = style(wb, boldFont, HorizontalAlignment.LEFT, true);
            cell = style(wb, null, HorizontalAlignment.LEFT, true);
            cellCenter = style(wb, null, HorizontalAlignment.CENTER, true);
            money = style(wb, null, HorizontalAlignment.RIGHT, true);
            moneyBold = style(wb, boldFont, HorizontalAlignment.RIGHT, true);
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border) {
            CellStyle s = wb.createCellStyle();
            if (font != null) {
                s.setFont(font);
            }
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
