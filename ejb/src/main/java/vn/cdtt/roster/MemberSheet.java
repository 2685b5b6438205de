package vn.cdtt.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.SheetPrint;
import vn.cdtt.common.TableFile;
import vn.cdtt.common.VietnameseText;

/**
 * The member sheet of imports and of the template: its columns, where its header row is in an uploaded
 * {@link TableFile}, and the values of its cells.
 * Pure (no database): the headers are recognised in Vietnamese or English, with or without diacritics.
 */
final class MemberSheet {

    static final int MAX_ROWS = 10_000;
    /** dd/MM/yyyy, also without leading zeros; strict, so 31/02 is refused rather than moved to 28/02. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** What a phone number cell holds once its spaces, dots and dashes are gone (a member row has one). */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d{6,}");
    /** A day in any of the forms {@link #date} reads, valid or not (31/02/2001 is a member's typing error). */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}");

    /** How far down a file its header row may be, below a title block ("DANH SÁCH THÀNH VIÊN…"). */
    static final int HEADER_SEARCH_ROWS = 30;

    /**
     * The columns, in template order; the header text is the bundle key {@code import.col.<name>}, in either
     * language, or one of the other headers people give the column (folded: no diacritics, lower case).
     */
    enum Column {
        FULL_NAME("ho ten", "ho va ten", "ho, ten", "ho & ten", "ho va ten thanh vien", "name"),
        BIRTH_DATE("ngay thang nam sinh", "ngay, thang, nam sinh", "ngay/thang/nam sinh", "sinh ngay", "birth date",
                "birthday", "dob"),
        GENDER("gioi", "nam/nu", "nam, nu", "sex"),
        ETHNICITY("ethnic group"),
        PHONE("dien thoai", "so dt", "sdt", "dien thoai di dong", "so dien thoai di dong", "di dong", "mobile",
                "phone number"),
        EMAIL("e-mail", "thu dien tu", "dia chi email"),
        CITIZEN_ID("cccd", "so cccd/cmnd", "so cmnd/cccd", "cccd/cmnd", "cmnd/cccd", "so can cuoc", "can cuoc cong dan",
                "so can cuoc cong dan", "so dinh danh", "so dinh danh ca nhan", "citizen id number"),
        YOUTH_UNION("la doan vien", "youth union"),
        JOINED_ON("ngay vao to", "ngay tham gia to", "joined"),
        TEAM("ten to", "to cong nghe so"),
        SKILLS("ki nang", "ky nang so", "skill"),
        LANGUAGES("ngon ngu dan toc", "tieng dan toc", "language"),
        /** Optional: the commune or ward by code or name; empty means the commune chosen on the page. */
        COMMUNE("xa", "phuong", "xa, phuong", "xa/phuong", "xa phuong", "ma xa", "don vi", "commune", "ward",
                "commune code");

        /** Every header that names this column, folded: the template's in both languages, and the others. */
        private final java.util.Set<String> headers = new java.util.HashSet<>();

        Column(String... aliases) {
            headers.addAll(List.of(aliases));
            headers.add(VietnameseText.fold(Messages.get(Messages.VIETNAMESE, key())));
            headers.add(VietnameseText.fold(Messages.get(Messages.ENGLISH, key())));
        }

        boolean isHeader(String folded) {
            return headers.contains(folded);
        }

        String key() {
            return "import.col." + name().toLowerCase(Locale.ROOT);
        }

        boolean required() {
            return this != EMAIL && this != TEAM && this != SKILLS && this != LANGUAGES && this != COMMUNE;
        }
    }

    /** One data line of the file: its line number as the user sees it (header = 1) and the text per column. */
    record RawRow(int line, Map<Column, String> cells) {
        /**
         * The cell's text, cleaned as {@link VietnameseText#clean} (no-break spaces, invisible characters) and in
         * Unicode NFC, so checks, search and uniqueness see what is stored.
         */
        String get(Column c) {
            String v = cells.get(c);
            return v == null ? "" : VietnameseText.clean(v);
        }

        boolean has(Column c) {
            return cells.containsKey(c);
        }

        /**
         * Whether the row has what a member row has: a phone number (six digits or more) or a date (of birth, of
         * joining) where the sheet keeps them. A signature block's lines have neither, wherever they sit:
         * "Người lập biểu", "(ký, ghi rõ họ tên)", "Gia Lai, ngày 05 tháng 01 năm 2026".
         */
        boolean looksLikeAMember() {
            return PHONE_LIKE.matcher(get(Column.PHONE).replaceAll("[\\s.()-]", "")).matches()
                    || DATE_LIKE.matcher(get(Column.BIRTH_DATE)).matches()
                    || DATE_LIKE.matcher(get(Column.JOINED_ON)).matches();
        }
    }

    private MemberSheet() {
    }

    /**
     * What an uploaded file holds: its member rows, and the lines of the sheet (as the user numbers them) below the
     * list that are not member rows – a signature block, a total – which the import leaves out and the preview names.
     */
    record Table(List<RawRow> rows, List<Integer> ignored) {
    }

    /**
     * The data rows of an uploaded file ({@link TableFile}): of the first sheet, the one Excel opens on first at the
     * head, whose header names every required column, below any title block; blank rows skipped. Below the list,
     * after a blank row, a row with neither a phone number nor a date ("Người lập biểu", "(ký, ghi rõ họ tên)") is
     * not a member: it is set aside in {@link Table#ignored()}. A row under the header that numbers the columns is
     * read as part of the header.
     */
    static Table read(String fileName, byte[] content) {
        Header header = null;
        for (TableFile.Sheet sheet : TableFile.read(fileName, content, MAX_ROWS + HEADER_SEARCH_ROWS)) {
            Header h = Header.of(sheet.rows());
            if (header == null || h.betterThan(header)) {
                header = h;
            }
            if (h.complete()) {
                break;
            }
        }
        if (header == null || header.lines().isEmpty()) {
            throw new InvalidInputException("import.file.noRows");
        }
        Map<Column, Integer> index = headerIndex(header.names());
        List<RawRow> rows = new ArrayList<>();
        List<Integer> ignored = new ArrayList<>();
        boolean belowTheList = false;
        List<List<String>> lines = header.lines();
        for (int i = header.row() + header.height(); i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (line.stream().allMatch(s -> s == null || s.isBlank())) {
                belowTheList = !rows.isEmpty();
                continue;
            }
            if (rows.isEmpty() && numbersTheColumns(line)) {
                continue; // part of the header, as official forms print it
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            index.forEach((c, at) -> cells.put(c, at < line.size() ? line.get(at) : ""));
            RawRow row = new RawRow(i + 1, cells);
            if (belowTheList && !row.looksLikeAMember()) {
                ignored.add(row.line());
            } else {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("import.file.noRows");
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("import.file.tooManyRows", MAX_ROWS);
        }
        return new Table(rows, ignored);
    }

    /** A cell of a row that numbers the columns under the header: "(1)", "2", "(A)", "B". */
    private static final java.util.regex.Pattern COLUMN_NUMBER =
            java.util.regex.Pattern.compile("\\(?(\\d{1,2}|\\p{L})\\)?");

    /**
     * Whether a row right under the header only numbers the columns ("(1) (2) (3)…" or "A B 1 2…", as forms of the
     * administration print it): every filled cell a column number, at least two of them. A member row never is one:
     * its name has more than one letter.
     */
    static boolean numbersTheColumns(List<String> line) {
        List<String> filled = line.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        return filled.size() >= 2 && filled.stream().allMatch(s -> COLUMN_NUMBER.matcher(s).matches());
    }

    /**
     * Where a sheet's header is: the first of its first rows that names every required column (complete), so a title
     * block above it is skipped; when none does, the one naming the most, so the message names what it lacks. The
     * header may take two rows, a group cell merged above its columns ("Liên hệ" above "Số điện thoại" and "Email"):
     * then each column is named by its lower cell, or by the upper one where the lower is empty (a cell merged down).
     */
    record Header(List<List<String>> lines, int row, int height, List<String> names, int found, boolean complete) {
        static Header of(List<List<String>> lines) {
            Header best = new Header(lines, 0, 1, lines.isEmpty() ? List.of() : lines.get(0), 0, false);
            for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_ROWS); i++) {
                List<String> single = lines.get(i);
                List<String> twoRows = i + 1 < lines.size() ? merged(single, lines.get(i + 1)) : single;
                for (Header h : List.of(new Header(lines, i, 1, single, 0, false),
                        new Header(lines, i, 2, twoRows, 0, false))) {
                    Map<Column, Integer> columns = columns(h.names());
                    boolean complete = Arrays.stream(Column.values()).allMatch(c -> !c.required() || columns.containsKey(c));
                    Header found = new Header(lines, h.row(), h.height(), h.names(), columns.size(), complete);
                    if (complete) {
                        return found;
                    }
                    if (found.found() > best.found()) {
                        best = found;
                    }
                }
            }
            return best;
        }

        /** The names of two header rows taken as one: the lower cell, else the upper (merged down or across). */
        private static List<String> merged(List<String> upper, List<String> lower) {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
                String below = c < lower.size() ? lower.get(c) : "";
                names.add(below != null && !below.isBlank() ? below : c < upper.size() ? upper.get(c) : "");
            }
            return names;
        }

        boolean betterThan(Header other) {
            return complete && !other.complete || complete == other.complete && found > other.found;
        }
    }

    /** Which column holds what: by header text in either language, diacritics and case ignored. */
    static Map<Column, Integer> headerIndex(List<String> header) {
        Map<Column, Integer> index = columns(header);
        for (Column c : Column.values()) {
            if (c.required() && !index.containsKey(c)) {
                throw new InvalidInputException("import.header.missing", Messages.get(Messages.VIETNAMESE, c.key()));
            }
        }
        return index;
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String h = header(header.get(i));
            for (Column c : Column.values()) {
                if (c.isHeader(h)) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        return index;
    }

    /** "Ngày sinh (dd/mm/yyyy) *" → "ngay sinh": folded, without hints in brackets, required marks or colons. */
    private static String header(String text) {
        String h = VietnameseText.fold(text);
        return h.replaceAll("\\([^)]*\\)|[*:]", " ").replaceAll("\\s+", " ").trim();
    }

    /**
     * A day as dd/MM/yyyy, also with dashes or dots between (14-03-2001, 14.03.2001), or in the ISO form other
     * systems export (2001-03-14); strict, so 31/02 is refused.
     */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
            return LocalDate.parse(t.matches("\\d{1,2}([-.])\\d{1,2}\\1\\d{4}") ? t.replaceAll("[-.]", "/") : t,
                    DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("import.date.invalid", text);
        }
    }

    /**
     * A mobile number as a spreadsheet may have left it: typed into a number cell, "0905123456" became 905123456.
     * Nine digits with a mobile prefix get their 0 back; anything else is left for the rules to judge.
     */
    static String phone(String text) {
        String digits = text.replaceAll("[\\s.\\-]", "");
        return digits.matches("[35789]\\d{8}") ? "0" + digits : text;
    }

    /** A citizen ID (CCCD, 12 digits, always starting with the 0 of its province code) whose 0 a number cell ate. */
    static String citizenId(String text) {
        return text.matches("\\d{11}") ? "0" + text : text;
    }

    static Gender gender(String text) {
        String t = VietnameseText.fold(text);
        return switch (t) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            case "khac", "other" -> Gender.OTHER;
            case "" -> null;
            default -> throw new InvalidInputException("import.gender.invalid", text);
        };
    }

    static boolean yesNo(String text) {
        String t = VietnameseText.fold(text);
        return switch (t) {
            case "co", "yes", "x", "1", "true" -> true;
            case "khong", "no", "0", "false", "" -> false;
            default -> throw new InvalidInputException("import.yesNo.invalid", text);
        };
    }

    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String s : text == null ? new String[0] : text.split("[;,]")) {
            if (!s.isBlank()) {
                items.add(s.trim());
            }
        }
        return items;
    }

    /** The .xlsx template: headers in the given language, one example row, sensible column widths. */
    static byte[] template(Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Messages.get(locale, "import.template.sheet"));
            XSSFCellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFCellStyle textStyle = wb.createCellStyle();
            textStyle.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            String[] sample = {"Nguyễn Văn An", "14/03/2001", Messages.get(locale, "Gender.MALE"), "Kinh", "0905123456",
                "an.nguyen@example.com", "052201001234", Messages.get(locale, "common.yes"), "05/01/2026", "",
                "Dịch vụ công trực tuyến", "Tiếng Việt", ""};
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(Messages.get(locale, columns[i].key()));
                head.getCell(i).setCellStyle(bold);
                example.createCell(i).setCellValue(sample[i]);
                example.getCell(i).setCellStyle(textStyle);
                sheet.setDefaultColumnStyle(i, textStyle);
                sheet.setColumnWidth(i, (i == 0 ? 24 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            SheetPrint.a4(sheet, columns.length, 0, 0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
