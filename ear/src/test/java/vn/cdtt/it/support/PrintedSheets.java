package vn.cdtt.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

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
        // read as the file says it (POI's getRepeatingRows cannot read a sheet name with a comma, "Theo xã, phường")
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        String rows = "$" + (headerRow + 1) + ":$" + (headerRow + 1);
        assertTrue(sheet.getWorkbook().getAllNames().stream().anyMatch(n -> n.getSheetIndex() == index
                && "_xlnm.Print_Titles".equals(n.getNameName()) && n.getRefersToFormula().endsWith("!" + rows)),
                name + " repeats its header row on every page (" + rows + ")");
        assertFalse(sheet.getFooter().getCenter().isEmpty(), name + " numbers its pages");
    }
}
