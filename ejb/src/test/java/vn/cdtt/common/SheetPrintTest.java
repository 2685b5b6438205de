package vn.cdtt.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cdtt.testing.PrintAssertions;

/** The one print layout of the application's sheets, written and read back as a spreadsheet program reads it. */
class SheetPrintTest {

    /** A sheet with columns of the given widths (in characters), a title row and the header row 2, laid out. */
    private static XSSFWorkbook laidOut(int... widths) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Bảng");
            sheet.createRow(0).createCell(0).setCellValue("Tiêu đề");
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
                sheet.createRow(2).createCell(i).setCellValue("Cột " + i);
            }
            SheetPrint.a4(sheet, widths.length, 2, 2);
            wb.write(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    @Test
    void aSheetThatFitsAPortraitPagePrintsPortrait() throws IOException {
        try (XSSFWorkbook wb = laidOut(30, 12, 12, 12)) {
            PrintAssertions.assertPrintsOnA4(wb.getSheetAt(0), false, 2);
        }
    }

    @Test
    void aWideSheetPrintsLandscapeShrunkToOnePageWide() throws IOException {
        try (XSSFWorkbook wb = laidOut(28, 10, 24, 10, 10, 10, 10, 10, 10, 10, 10, 10)) {
            PrintAssertions.assertPrintsOnA4(wb.getSheetAt(0), true, 2);
        }
    }

    @Test
    void aStreamedSheetGetsTheSameLayout() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Chi tiết");
            for (int r = 0; r < 100; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            sheet.setColumnWidth(0, 120 * 256);
            SheetPrint.a4(sheet, 1, 0, 0);
            wb.write(out);
            try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                PrintAssertions.assertPrintsOnA4(read.getSheetAt(0), true, 0);
                assertEquals(99, read.getSheetAt(0).getLastRowNum());
            }
        }
    }
}
