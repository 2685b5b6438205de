package vn.cdtt.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What every sheet the application writes promises its printer (vn.cdtt.common.SheetPrint), read back with POI from
 * a file a service produced. The unit tests of the ejb module check the same with vn.cdtt.testing.PrintAssertions
 * (test classes are not shared between the modules).
 */
public final class PrintedSheets {

    private PrintedSheets() {
    }

    /** A4 in the given orientation, one page wide, the header row repeated on every page, numbered pages. */
    public static void assertPrintsOnA4(Sheet sheet, boolean landscape, int headerRow) {
        String name = sheet.getSheetName();
        PrintSetup print = sheet.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name + " prints on A4");
        assertEquals(landscape, print.getLandscape(), name + (landscape ? " is wide: landscape" : " fits portrait"));
        assertTrue(sheet.getFitToPage(), name + " is fitted to the page");
        assertEquals(1, print.getFitWidth(), name + " is one page wide");
        assertEquals(0, print.getFitHeight(), name + " is as many pages tall as it needs");
        assertEquals(new CellRangeAddress(headerRow, headerRow, -1, -1), sheet.getRepeatingRows(),
                name + " repeats its header row on every page");
        assertFalse(sheet.getFooter().getCenter().isEmpty(), name + " numbers its pages");
    }
}
