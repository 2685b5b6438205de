package vn.cdtt.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFileTest {

    /** As Windows writes it: ê, ă, ơ… as one byte, the five tone marks as combining characters after them. */
    private static byte[] windows1258(String text) {
        Charset charset = Charset.forName("windows-1258");
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        String letter = "";
        for (char c : (nfd + " ").toCharArray()) {
            if ("\u0302\u0306\u031B".indexOf(c) >= 0) {
                letter += c; // the shape of the letter: â ê ô, ă, ơ ư
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                tones.append(c); // the tone: a combining character after the letter
            } else {
                out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
                letter = String.valueOf(c);
                tones.setLength(0);
            }
        }
        assertTrue(charset.newEncoder().canEncode(out), out::toString);
        return out.toString().getBytes(charset);
    }

    private static List<List<String>> rows(String fileName, byte[] content) {
        return TableFile.read(fileName, content, 100).get(0).rows();
    }

    @Test
    void excelsPlainCsvOnAVietnameseWindowsIsReadWithItsToneMarksComposed() {
        byte[] cp1258 = windows1258("Họ và tên;Dân tộc\r\nNguyễn Thị Đăng;Kinh\r\n");

        List<List<String>> rows = rows("DS.CSV", cp1258);

        assertEquals(List.of("Họ và tên", "Dân tộc"), rows.get(0));
        assertEquals(List.of("Nguyễn Thị Đăng", "Kinh"), rows.get(1), "composed (NFC), as typed on a form");
    }

    @Test
    void excelsUnicodeTextIsTabDelimitedUtf16() {
        String text = "\uFEFFHọ và tên\tDân tộc\r\nRơ Mah Hiền\tJrai\r\n";

        List<List<String>> rows = rows("ds.txt", text.getBytes(StandardCharsets.UTF_16LE));

        assertEquals(List.of("Họ và tên", "Dân tộc"), rows.get(0), "without its byte order mark");
        assertEquals(List.of("Rơ Mah Hiền", "Jrai"), rows.get(1));
    }

    @Test
    void utf8WithOrWithoutItsMarkAndDecomposedLettersIsRead() {
        String text = "Họ và tên,Dân tộc\nSiu H'Nhi,\"Jrai, Ba Na\"\n";
        byte[] withMark = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        byte[] decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);

        for (byte[] file : List.of(text.getBytes(StandardCharsets.UTF_8), withMark, decomposed)) {
            List<List<String>> rows = rows("ds.csv", file);
            assertEquals(List.of("Họ và tên", "Dân tộc"), rows.get(0));
            assertEquals(List.of("Siu H'Nhi", "Jrai, Ba Na"), rows.get(1));
        }
    }

    @Test
    void theDelimiterIsTheOneTheFirstLineHoldsMostOf() {
        assertEquals(';', TableFile.delimiter("Họ và tên;Ngày sinh;Ghi chú, nếu có"));
        assertEquals('\t', TableFile.delimiter("a\tb\tc"));
        assertEquals(',', TableFile.delimiter("a,b;c\td"));
    }

    @Test
    void anOldXlsIsReadWithItsDatesNumbersAndTheValuesItsFormulasShowed() throws Exception {
        byte[] xls;
        try (Workbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = wb.createSheet("Danh sách").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2002, 12, 31));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            row.getCell(0).setCellStyle(style);
            row.createCell(1).setCellValue(905123459d);
            row.createCell(2).setCellValue("Ksor");
            row.createCell(3).setCellValue("H'Bia");
            row.createCell(4).setCellFormula("C1&\" \"&D1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel does when it saves
            wb.write(out);
            xls = out.toByteArray();
        }

        for (String name : List.of("ds.xls", "ds.csv")) {
            assertEquals(List.of("31/12/2002", "905123459", "Ksor", "H'Bia", "Ksor H'Bia"), rows(name, xls).get(0),
                    name + ": a workbook is known by its content, not its name");
        }
    }

    @Test
    void theSheetExcelOpensOnComesFirst() throws Exception {
        byte[] xlsx;
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : List.of("Hướng dẫn", "Danh sách", "Ghi chú")) {
                wb.createSheet(name).createRow(0).createCell(0).setCellValue(name);
            }
            wb.setActiveSheet(1);
            wb.write(out);
            xlsx = out.toByteArray();
        }

        assertEquals(List.of("Danh sách", "Hướng dẫn", "Ghi chú"),
                TableFile.read("ds.xlsx", xlsx, 10).stream().map(TableFile.Sheet::name).toList());
    }

    @Test
    void whatCannotBeReadIsRefusedWithItsReason() {
        byte[] html = "<html><table><tr><td>1</td></tr></table></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("import.file.unreadable",
                assertThrows(InvalidInputException.class, () -> rows("ds.xls", html)).getMessageKey(),
                "a web page saved as .xls");
        assertEquals("import.file.type",
                assertThrows(InvalidInputException.class, () -> rows("ds.pdf", new byte[] {1})).getMessageKey());
        assertEquals("import.file.noRows",
                assertThrows(InvalidInputException.class, () -> rows("ds.csv", new byte[0])).getMessageKey());
        byte[] tooLong = "a\n".repeat(101).getBytes(StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> rows("ds.csv", tooLong));
        assertEquals("import.file.tooManyRows", e.getMessageKey());
        assertEquals(100, e.getArguments()[0]);
    }

    @Test
    void aPictureOrAPdfRenamedCsvIsUnreadable() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Length 9 >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdfWithStream = new byte[pdf.length + 200];
        System.arraycopy(pdf, 0, pdfWithStream, 0, pdf.length);
        for (int i = pdf.length; i < pdfWithStream.length; i++) {
            pdfWithStream[i] = (byte) (i * 37); // compressed bytes: control bytes and NULs among them
        }
        for (byte[] file : List.of(png, pdfWithStream)) {
            assertEquals("import.file.unreadable",
                    assertThrows(InvalidInputException.class, () -> rows("danh-sach.csv", file)).getMessageKey());
        }
        byte[] strayBell = "Họ và tên,Dân tộc\nNguyễn\u0007 An,Kinh\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("Nguyễn\u0007 An", rows("ds.csv", strayBell).get(1).get(0),
                "a stray control character is the cell's problem (the name rules say so), not the file's");
    }
}
