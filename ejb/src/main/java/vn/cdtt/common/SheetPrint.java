package vn.cdtt.common;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet the application writes comes out of a printer: on A4 (not the US Letter a spreadsheet defaults
 * to), portrait when its columns fit a portrait page and landscape when they do not, shrunk to one page wide and as
 * many pages tall as it needs, its header rows repeated at the top of every page, centred, with "page / pages" at
 * the foot. Excel and LibreOffice Calc both follow these settings when they print or export to PDF.
 */
public final class SheetPrint {

    /**
     * Characters of the default font that fit across a portrait A4 page between the margins below (about 190 mm; a
     * character of Calibri 11 is about 1.9 mm wide); a wider sheet prints landscape, where about 140 fit.
     */
    static final int PORTRAIT_CHARACTERS = 100;

    private SheetPrint() {
    }

    /**
     * Sets the print layout of a sheet whose columns 0..{@code columns - 1} are all set (call it after the column
     * widths) and whose header rows are {@code firstHeaderRow}..{@code lastHeaderRow} (0-based).
     */
    public static void a4(Sheet sheet, int columns, int firstHeaderRow, int lastHeaderRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(isWide(sheet, columns));
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        // &P and &N: the page number and the number of pages, in the codes of the file format
        sheet.getFooter().setCenter("&P / &N");
    }

    /** Are the sheet's first {@code columns} columns wider than a portrait page holds? */
    static boolean isWide(Sheet sheet, int columns) {
        long width = 0;
        for (int i = 0; i < columns; i++) {
            width += sheet.getColumnWidth(i);
        }
        return width > PORTRAIT_CHARACTERS * 256L;
    }
}
