package vn.cdtt.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A table a user uploads, read as rows of cell text whatever tool wrote it:
 * <ul>
 * <li>a workbook, .xlsx or the older .xls, known by its content rather than its name (a workbook renamed to .csv
 * is still one); every sheet, the one Excel opens on first; a formula cell gives the value Excel showed; a date cell
 * gives dd/MM/yyyy; a number keeps its digits;</li>
 * <li>a delimited text file, .csv, .tsv or .txt: comma, semicolon or tab, whichever the first line holds most of;
 * UTF-8 with or without its byte order mark ("CSV UTF-8"), UTF-16 with its mark (Excel's "Unicode text"), or else
 * Windows-1258, what Excel's plain "CSV" writes on a Vietnamese Windows.</li>
 * </ul>
 * Cells come back in Unicode NFC (Windows-1258 and Macs write tone marks apart). Anything else is refused with
 * {@code import.file.type}, {@code import.file.unreadable}, {@code import.file.noRows} or
 * {@code import.file.tooManyRows}.
 */
public final class TableFile {

    /** One sheet of a workbook (a text file has one): its name, and its rows of cell text from the top. */
    public record Sheet(String name, List<List<String>> rows) {
    }

    private static final Charset WINDOWS_VIETNAMESE = Charset.isSupported("windows-1258")
            ? Charset.forName("windows-1258") : null;

    private TableFile() {
    }

    /** The file's sheets, the one Excel opens on first at the head; none has more than {@code maxRows} rows. */
    public static List<Sheet> read(String fileName, byte[] content, int maxRows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("import.file.noRows");
        }
        if (isWorkbook(content)) {
            return readWorkbook(content, maxRows);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new InvalidInputException("import.file.unreadable");
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            if (!FileSignature.looksLikeText(content)) {
                // a picture or a PDF renamed .csv: say so, rather than read its bytes as a header row
                throw new InvalidInputException("import.file.unreadable");
            }
            return List.of(new Sheet(fileName, readDelimited(content, maxRows)));
        }
        throw new InvalidInputException("import.file.type");
    }

    /** An Excel workbook of either age: .xlsx (a zip) or .xls (an OLE2 compound file). */
    private static boolean isWorkbook(byte[] content) {
        return FileSignature.matches(content, 0x50, 0x4B, 0x03, 0x04)
                || FileSignature.matches(content, 0xD0, 0xCF, 0x11, 0xE0);
    }

    /** The text of a delimited file, in the encodings of the class comment, without its byte order mark. */
    static String decode(byte[] content) {
        if (FileSignature.matches(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (FileSignature.matches(content, 0xFF, 0xFE) || FileSignature.matches(content, 0xFE, 0xFF)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (WINDOWS_VIETNAMESE == null) {
                throw new InvalidInputException("import.file.unreadable");
            }
            return new String(content, WINDOWS_VIETNAMESE);
        }
    }

    /** The delimiter of a first line: tab, semicolon or comma, whichever it holds most of (comma on a tie). */
    static char delimiter(String firstLine) {
        char best = ',';
        long most = firstLine.chars().filter(ch -> ch == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long n = firstLine.chars().filter(ch -> ch == candidate).count();
            if (n > most) {
                best = candidate;
                most = n;
            }
        }
        return best;
    }

    private static List<List<String>> readDelimited(byte[] content, int maxRows) {
        String text = decode(content);
        char delimiter = delimiter(text.lines().findFirst().orElse(""));
        List<List<String>> lines = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
                if (lines.size() == maxRows) {
                    throw new InvalidInputException("import.file.tooManyRows", maxRows);
                }
                lines.add(r.stream().map(VietnameseText::nfc).toList());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("import.file.unreadable");
        }
        return lines;
    }

    private static List<Sheet> readWorkbook(byte[] content, int maxRows) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        // what Excel last showed for a formula (a numbering column, joined names), not the formula's text
        formatter.setUseCachedValuesForFormulaCells(true);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            List<Sheet> sheets = new ArrayList<>();
            int active = wb.getActiveSheetIndex();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(s);
                if (sheet.getLastRowNum() >= maxRows) {
                    throw new InvalidInputException("import.file.tooManyRows", maxRows);
                }
                List<List<String>> lines = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            cells.add(VietnameseText.nfc(text(row.getCell(c), formatter)));
                        }
                    }
                    lines.add(cells);
                }
                sheets.add(s == active ? 0 : sheets.size(), new Sheet(sheet.getSheetName(), lines));
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("import.file.unreadable");
        }
    }

    /** A cell as text; a date cell (or a formula giving a date) becomes dd/MM/yyyy. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(VietnamTime.DATE);
        }
        return formatter.formatCellValue(cell);
    }
}
