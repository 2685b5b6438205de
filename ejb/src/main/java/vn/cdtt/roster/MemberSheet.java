package vn.cdtt.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.VietnameseText;

/**
 * The member sheet of imports and of the template: its columns, and reading an .xlsx or .csv file into raw rows.
 * Pure (no database): the headers are recognised in Vietnamese or English, with or without diacritics.
 */
final class MemberSheet {

    static final int MAX_ROWS = 10_000;
    /** dd/MM/yyyy, also without leading zeros; strict, so 31/02 is refused rather than moved to 28/02. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Other headers people give the commune column (folded). */
    private static final java.util.Set<String> COMMUNE_HEADERS = java.util.Set.of("xa", "phuong", "xa, phuong",
            "xa/phuong", "xa phuong", "ma xa", "don vi", "commune", "ward", "commune code");

    /** The columns, in template order; the header text is the bundle key {@code import.col.<name>}. */
    enum Column {
        FULL_NAME, BIRTH_DATE, GENDER, ETHNICITY, PHONE, EMAIL, CITIZEN_ID, YOUTH_UNION, JOINED_ON, TEAM, SKILLS,
        LANGUAGES,
        /** Optional: the commune or ward by code or name; empty means the commune chosen on the page. */
        COMMUNE;

        String key() {
            return "import.col." + name().toLowerCase(Locale.ROOT);
        }

        boolean required() {
            return this != EMAIL && this != TEAM && this != SKILLS && this != LANGUAGES && this != COMMUNE;
        }
    }

    /** One data line of the file: its line number as the user sees it (header = 1) and the text per column. */
    record RawRow(int line, Map<Column, String> cells) {
        /** The cell's text, trimmed and in Unicode NFC (so checks, search and uniqueness see what is stored). */
        String get(Column c) {
            String v = cells.get(c);
            return v == null ? "" : VietnameseText.nfc(v.trim());
        }

        boolean has(Column c) {
            return cells.containsKey(c);
        }
    }

    private MemberSheet() {
    }

    static List<RawRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("import.file.noRows");
        }
        List<List<String>> lines;
        if (name.endsWith(".xlsx")) {
            lines = readXlsx(content);
        } else if (name.endsWith(".csv")) {
            lines = readCsv(content);
        } else {
            throw new InvalidInputException("import.file.type");
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("import.file.noRows");
        }
        Map<Column, Integer> index = headerIndex(lines.get(0));
        List<RawRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (line.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            index.forEach((c, at) -> cells.put(c, at < line.size() ? line.get(at) : ""));
            rows.add(new RawRow(i + 1, cells));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("import.file.noRows");
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("import.file.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    /** Which column holds what: by header text in either language, diacritics and case ignored. */
    static Map<Column, Integer> headerIndex(List<String> header) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String h = VietnameseText.fold(header.get(i)).replace("\uFEFF", "");
            for (Column c : Column.values()) {
                if (h.equals(VietnameseText.fold(Messages.get(Messages.VIETNAMESE, c.key())))
                        || h.equals(VietnameseText.fold(Messages.get(Messages.ENGLISH, c.key())))
                        || (c == Column.COMMUNE && COMMUNE_HEADERS.contains(h))) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        for (Column c : Column.values()) {
            if (c.required() && !index.containsKey(c)) {
                throw new InvalidInputException("import.header.missing", Messages.get(Messages.VIETNAMESE, c.key()));
            }
        }
        return index;
    }

    private static List<List<String>> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',')
                .count() ? ';' : ',';
        List<List<String>> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
                lines.add(r.toList());
                if (lines.size() > MAX_ROWS + 1) {
                    throw new InvalidInputException("import.file.tooManyRows", MAX_ROWS);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("import.file.unreadable");
        }
        return lines;
    }

    private static List<List<String>> readXlsx(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new InvalidInputException("import.file.tooManyRows", MAX_ROWS);
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                lines.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("import.file.unreadable");
        }
        return lines;
    }

    /** A cell as text; real date cells become dd/MM/yyyy, numbers keep their digits (phones, CCCD). */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(VietnamTime.DATE);
        }
        return formatter.formatCellValue(cell);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("import.date.invalid", text);
        }
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
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
