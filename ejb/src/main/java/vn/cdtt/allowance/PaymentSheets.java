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
import java.util.LinkedHashMap;
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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.SheetPrint;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.Province;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The payment sheet (bảng thanh toán) of a commune-month as an .xlsx for the accountant: unit, title and month; one
 * row per member with their team, sessions attended, trainings, the amount of each component, the total and a
 * "Ký nhận" column to sign; the grand total in figures and in words; place, date and the three signatures. Every
 * figure is a sum of the statement's lines, written as a number ({@link Money#SHEET_FORMAT}) so that the accountant
 * can add and check it; the totals are SUM formulas over the rows above them (with their values stored, for readers
 * that do not calculate). Printed on A4 ({@link SheetPrint}). Coordinators only: a commune's own, or the province's.
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

    /**
     * The province's sheet of a month: a summary with one row per commune (its state, members, sessions, trainings
     * and amounts) and the detail of every member grouped by commune, to sign. A fixed number of queries however
     * many communes and members. Province coordinators only.
     */
    public byte[] province(YearMonth month, Locale locale) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Province province = em.find(Province.class, caller.provinceId());
        List<StatementView> views = statements.provinceStatements(month);
        Map<Long, String> teams = new HashMap<>();
        if (views.stream().anyMatch(v -> !v.lines().isEmpty())) {
            em.createQuery("SELECT m.id, t.name FROM Member m JOIN m.team t WHERE m.commune.province.id = :p",
                            Object[].class)
                    .setParameter("p", caller.provinceId()).getResultList()
                    .forEach(r -> teams.put((Long) r[0], (String) r[1]));
        }
        return writeProvince(views, province, month, teams, locale);
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
        Map<Long, List<StatementView.Line>> byMember = new LinkedHashMap<>();
        view.lines().forEach(l -> byMember.computeIfAbsent(l.memberId(), k -> new ArrayList<>()).add(l));
        List<MemberRow> rows = new ArrayList<>();
        byMember.forEach((memberId, lines) -> {
            Map<AllowanceComponent, Long> amounts = new EnumMap<>(AllowanceComponent.class);
            lines.forEach(l -> amounts.merge(l.component(), l.amount(), Long::sum));
            long sessions = lines.stream().filter(l -> !l.adjustment() && l.component() == AllowanceComponent.DUTY_SESSION)
                    .map(StatementView.Line::shiftId).filter(Objects::nonNull).distinct().count();
            long trainings = lines.stream().filter(l -> !l.adjustment()
                            && (l.component() == AllowanceComponent.TRAINING_LEAD
                            || l.component() == AllowanceComponent.TRAINING_ASSISTANT))
                    .map(StatementView.Line::trainingId).filter(Objects::nonNull).distinct().count();
            rows.add(new MemberRow(lines.get(0).member(), teams.getOrDefault(memberId, ""), sessions, trainings,
                    amounts, lines.stream().mapToLong(StatementView.Line::amount).sum()));
        });
        return rows;
    }

    static byte[] write(StatementView view, Commune commune, Map<Long, String> teams, Locale locale) {
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

            int headerRow = r;
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
            int firstMember = r;
            for (MemberRow m : rows(view, teams)) {
                Row row = sheet.createRow(r++);
                number(row, 0, no++, st.cellCenter);
                text(row, 1, m.name(), st.cell);
                text(row, 2, m.team(), st.cell);
                number(row, 3, m.sessions(), st.cellCenter);
                number(row, 4, m.trainings(), st.cellCenter);
                amounts(row, FIRST_AMOUNT, components, m.amounts(), st.money);
                sum(row, totalColumn, row.getRowNum(), row.getRowNum(), FIRST_AMOUNT, totalColumn - 1, m.total(),
                        st.money);
                text(row, lastColumn, "", st.cell);
                row.setHeightInPoints(28);
            }

            r = totals(sheet, r, firstMember, FIRST_AMOUNT, components, view.byComponent(), view.total(),
                    totalColumn, st, locale);
            text(sheet.getRow(r - 2), lastColumn, "", st.headerLeft);
            text(sheet.createRow(r++), 0, Messages.get(locale, "allowance.sheet.inWords", Money.words(view.total())), st.italic);
            r++;

            signatures(sheet, r, lastColumn, commune.getName(), st, locale);

            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            sheet.setColumnWidth(3, 10 * 256);
            sheet.setColumnWidth(4, 10 * 256);
            for (int i = FIRST_AMOUNT; i <= totalColumn; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.setColumnWidth(lastColumn, 14 * 256);
            SheetPrint.a4(sheet, lastColumn + 1, headerRow, headerRow);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Place and date, then the three signatures (Người lập biểu, Kế toán, Thủ trưởng đơn vị) from row r on. */
    private static void signatures(Sheet sheet, int r, int lastColumn, String place, Styles st, Locale locale) {
        LocalDate today = VietnamTime.today();
        Row placeRow = sheet.createRow(r++);
        int signatureWidth = Math.max(1, (lastColumn + 1) / 3);
        int thirdColumn = lastColumn + 1 - signatureWidth;
        text(placeRow, thirdColumn, Messages.get(locale, "allowance.sheet.placeDate", place,
                today.getDayOfMonth(), today.getMonthValue(), today.getYear()), st.italicCenter);
        mergeIfWide(sheet, placeRow.getRowNum(), thirdColumn, lastColumn);
        Row roles = sheet.createRow(r++);
        Row hints = sheet.createRow(r);
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
    }

    static byte[] writeProvince(List<StatementView> views, Province province, YearMonth month,
                                        Map<Long, String> teams, Locale locale) {
        Map<AllowanceComponent, Long> byComponent = new EnumMap<>(AllowanceComponent.class);
        views.forEach(v -> v.byComponent().forEach((c, a) -> byComponent.merge(c, a, Long::sum)));
        List<AllowanceComponent> components = Arrays.stream(AllowanceComponent.values())
                .filter(byComponent::containsKey).toList();
        long total = views.stream().mapToLong(StatementView::total).sum();
        long settled = views.stream().filter(v -> v.state() == StatementState.APPROVED
                || v.state() == StatementState.PAID).mapToLong(StatementView::total).sum();
        Map<Long, List<MemberRow>> rows = new HashMap<>();
        views.forEach(v -> rows.put(v.id(), rows(v, teams)));
        // thousands of member rows: streamed to a temporary file, 200 rows in memory at a time
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            // the summary: one row per commune
            Sheet sum = wb.createSheet(Messages.get(locale, "allowance.sheet.province.summary"));
            int first = 6;
            int totalColumn = first + components.size();
            int r = heading(sum, province, month, totalColumn, "allowance.sheet.province.title", st, locale);
            int sumHeader = r;
            List<String> headers = new ArrayList<>(List.of(Messages.get(locale, "allowance.sheet.no"),
                    Messages.get(locale, "allowance.sheet.commune"), Messages.get(locale, "allowance.sheet.state"),
                    Messages.get(locale, "allowance.sheet.members"), Messages.get(locale, "allowance.sheet.sessions"),
                    Messages.get(locale, "allowance.sheet.trainings")));
            components.forEach(c -> headers.add(Messages.get(locale, "AllowanceComponent." + c)));
            headers.add(Messages.get(locale, "allowance.sheet.total"));
            r = header(sum, r, headers, st);
            int no = 1;
            int firstCommune = r;
            for (StatementView v : views) {
                List<MemberRow> mine = rows.get(v.id());
                Row row = sum.createRow(r++);
                number(row, 0, no++, st.cellCenter);
                text(row, 1, v.commune(), st.cell);
                text(row, 2, Messages.get(locale, "StatementState." + v.state()), st.cell);
                number(row, 3, mine.size(), st.cellCenter);
                number(row, 4, mine.stream().mapToLong(MemberRow::sessions).sum(), st.cellCenter);
                number(row, 5, mine.stream().mapToLong(MemberRow::trainings).sum(), st.cellCenter);
                amounts(row, first, components, v.byComponent(), st.money);
                sum(row, totalColumn, row.getRowNum(), row.getRowNum(), first, totalColumn - 1, v.total(), st.money);
            }
            r = totals(sum, r, firstCommune, first, components, byComponent, total, totalColumn, st, locale);
            if (settled != total) {
                text(sum.createRow(r++), 0, Messages.get(locale, "allowance.sheet.province.settled",
                        Money.figures(settled), Money.figures(total - settled)), st.italic);
            }
            text(sum.createRow(r++), 0, Messages.get(locale, "allowance.sheet.inWords", Money.words(total)), st.italic);
            signatures(sum, r + 1, totalColumn, province.getName(), st, locale);
            widths(sum, first, totalColumn, 22);
            sum.setColumnWidth(2, 14 * 256);
            SheetPrint.a4(sum, totalColumn + 1, sumHeader, sumHeader);

            // the detail: every member, grouped by commune, to sign
            Sheet detail = wb.createSheet(Messages.get(locale, "allowance.sheet.province.detail"));
            int dFirst = 6;
            int dTotal = dFirst + components.size();
            r = heading(detail, province, month, dTotal + 1, "allowance.sheet.title", st, locale);
            int detailHeader = r;
            List<String> dHeaders = new ArrayList<>(List.of(Messages.get(locale, "allowance.sheet.no"),
                    Messages.get(locale, "allowance.sheet.commune"), Messages.get(locale, "allowance.sheet.fullName"),
                    Messages.get(locale, "allowance.sheet.team"), Messages.get(locale, "allowance.sheet.sessions"),
                    Messages.get(locale, "allowance.sheet.trainings")));
            components.forEach(c -> dHeaders.add(Messages.get(locale, "AllowanceComponent." + c)));
            dHeaders.add(Messages.get(locale, "allowance.sheet.total"));
            dHeaders.add(Messages.get(locale, "allowance.sheet.signature"));
            r = header(detail, r, dHeaders, st);
            no = 1;
            int firstMember = r;
            for (StatementView v : views) {
                for (MemberRow m : rows.get(v.id())) {
                    Row row = detail.createRow(r++);
                    number(row, 0, no++, st.cellCenter);
                    text(row, 1, v.commune(), st.cell);
                    text(row, 2, m.name(), st.cell);
                    text(row, 3, m.team(), st.cell);
                    number(row, 4, m.sessions(), st.cellCenter);
                    number(row, 5, m.trainings(), st.cellCenter);
                    amounts(row, dFirst, components, m.amounts(), st.money);
                    sum(row, dTotal, row.getRowNum(), row.getRowNum(), dFirst, dTotal - 1, m.total(), st.money);
                    text(row, dTotal + 1, "", st.cell);
                }
            }
            r = totals(detail, r, firstMember, dFirst, components, byComponent, total, dTotal, st, locale);
            text(detail.getRow(r - 2), dTotal + 1, "", st.headerLeft);
            text(detail.createRow(r++), 0, Messages.get(locale, "allowance.sheet.inWords", Money.words(total)), st.italic);
            signatures(detail, r + 1, dTotal + 1, province.getName(), st, locale);
            widths(detail, dFirst, dTotal, 18);
            detail.setColumnWidth(2, 26 * 256);
            detail.setColumnWidth(3, 16 * 256);
            detail.setColumnWidth(dTotal + 1, 14 * 256);
            SheetPrint.a4(detail, dTotal + 2, detailHeader, detailHeader);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unit, title and month above a table that ends at lastColumn; the row after them. */
    private static int heading(Sheet sheet, Province province, YearMonth month, int lastColumn, String titleKey,
                               Styles st, Locale locale) {
        int r = 0;
        text(sheet.createRow(r++), 0, Messages.get(locale, "allowance.sheet.unit", province.getName()), st.bold);
        r++;
        merged(sheet, r++, lastColumn, Messages.get(locale, titleKey), st.title);
        merged(sheet, r++, lastColumn, Messages.get(locale, "allowance.sheet.month", month.getMonthValue(),
                month.getYear()), st.center);
        return r + 1;
    }

    private static int header(Sheet sheet, int r, List<String> headers, Styles st) {
        Row head = sheet.createRow(r);
        for (int i = 0; i < headers.size(); i++) {
            text(head, i, headers.get(i), st.header);
        }
        head.setHeightInPoints(48);
        return r + 1;
    }

    /**
     * The grand-total row under the rows firstRow..r-1: the sum of each component's column and of the total column;
     * the row after the blank one that follows it.
     */
    private static int totals(Sheet sheet, int r, int firstRow, int first, List<AllowanceComponent> components,
                              Map<AllowanceComponent, Long> byComponent, long total, int totalColumn, Styles st,
                              Locale locale) {
        Row sum = sheet.createRow(r);
        text(sum, 0, "", st.headerLeft);
        text(sum, 1, Messages.get(locale, "allowance.sheet.grandTotal"), st.headerLeft);
        for (int i = 2; i < first; i++) {
            text(sum, i, "", st.headerLeft);
        }
        for (int i = 0; i < components.size(); i++) {
            sum(sum, first + i, firstRow, r - 1, first + i, first + i, byComponent.get(components.get(i)),
                    st.moneyBold);
        }
        sum(sum, totalColumn, firstRow, r - 1, totalColumn, totalColumn, total, st.moneyBold);
        return r + 2;
    }

    /** Each component's amount of a row as a number from column {@code first} on; blank where it has none. */
    private static void amounts(Row row, int first, List<AllowanceComponent> components,
                                Map<AllowanceComponent, Long> amounts, CellStyle style) {
        for (int i = 0; i < components.size(); i++) {
            Long amount = amounts.get(components.get(i));
            if (amount == null) {
                row.createCell(first + i).setCellStyle(style);
            } else {
                number(row, first + i, amount, style);
            }
        }
    }

    /**
     * A SUM formula over the cells firstRow..lastRow × firstColumn..lastColumn, with {@code value} (the same sum,
     * computed from the statement) stored as its result; a plain number when the range is empty.
     */
    private static void sum(Row row, int column, int firstRow, int lastRow, int firstColumn, int lastColumn,
                            long value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (firstRow <= lastRow && firstColumn <= lastColumn) {
            cell.setCellFormula("SUM(" + new CellReference(firstRow, firstColumn).formatAsString(false) + ":"
                    + new CellReference(lastRow, lastColumn).formatAsString(false) + ")");
        }
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void widths(Sheet sheet, int first, int totalColumn, int second) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, second * 256);
        for (int i = 2; i < first; i++) {
            sheet.setColumnWidth(i, 10 * 256);
        }
        for (int i = first; i <= totalColumn; i++) {
            sheet.setColumnWidth(i, 14 * 256);
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

        Styles(Workbook wb) {
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
            short amount = wb.createDataFormat().getFormat(Money.SHEET_FORMAT);
            money.setDataFormat(amount);
            moneyBold.setDataFormat(amount);
        }

        private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean border) {
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
