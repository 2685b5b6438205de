package vn.cdtt.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.Messages;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.Province;
import vn.cdtt.testing.PrintAssertions;
import vn.cdtt.testing.TestData;

/**
 * The payment sheets read back as an accountant's spreadsheet reads them: every amount is a number in the Vietnamese
 * money format, the totals are SUM formulas that give the statement's figures, and the sheet prints on A4 with its
 * header row on every page.
 */
class PaymentSheetsTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Province GIA_LAI = TestData.province(1L);
    private static final Commune PLEIKU = TestData.commune(GIA_LAI, 21589L, "Pleiku");

    private static StatementView.Line line(long memberId, String member, AllowanceComponent c, FundingSource f,
                                           int day, long amount) {
        Long shift = c == AllowanceComponent.DUTY_SESSION ? Long.valueOf(day) : null;
        return new StatementView.Line(null, memberId, member, c, f, NOVEMBER.atDay(day), "Trung tâm", shift, null, 1L,
                Math.abs(amount), amount, false, null);
    }

    /** An: two sessions and a training he led, cut by the cap; Bình: one session and the monthly amount. */
    private static StatementView november(Long id, Long communeId, String commune) {
        return new StatementView(id, communeId, commune, NOVEMBER, StatementState.APPROVED, 3, null, null, null, List.of(
                line(7L, "Nguyễn Văn An", AllowanceComponent.DUTY_SESSION, FundingSource.PROVINCE, 3, 50_000),
                line(7L, "Nguyễn Văn An", AllowanceComponent.DUTY_SESSION, FundingSource.PROVINCE, 4, 50_000),
                line(7L, "Nguyễn Văn An", AllowanceComponent.TRAINING_LEAD, FundingSource.PROVINCE, 12, 1_000_000),
                line(7L, "Nguyễn Văn An", AllowanceComponent.MEMBER_CAP, FundingSource.PROVINCE, 30, -50_000),
                line(8L, "Trần Thị Bình", AllowanceComponent.DUTY_SESSION, FundingSource.PROVINCE, 5, 50_000),
                line(8L, "Trần Thị Bình", AllowanceComponent.MEMBER_MONTHLY, FundingSource.COMMUNE, 30, 200_000)));
    }

    /** The row whose column {@code column} reads {@code text}. */
    private static Row rowOf(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(text + " not in column " + column);
    }

    private static int columnOf(Row header, String text) {
        for (Cell cell : header) {
            if (text.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(text + " not in the header");
    }

    @Test
    void amountsAreNumbersInTheMoneyFormatAndTheTotalsAreSumsOfTheRows() throws IOException {
        byte[] xlsx = PaymentSheets.write(november(1L, PLEIKU.getId(), "Phường Pleiku"), PLEIKU,
                Map.of(7L, "Tổ 1", 8L, "Tổ 2"), Messages.VIETNAMESE);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = rowOf(sheet, 0, "STT");
            int total = columnOf(header, "Tổng số tiền (đồng)");
            int duty = columnOf(header, Messages.get(Messages.VIETNAMESE, "AllowanceComponent.DUTY_SESSION"));
            int cap = columnOf(header, Messages.get(Messages.VIETNAMESE, "AllowanceComponent.MEMBER_CAP"));
            Row an = rowOf(sheet, 1, "Nguyễn Văn An");
            Row binh = rowOf(sheet, 1, "Trần Thị Bình");
            Row sum = rowOf(sheet, 1, "Tổng cộng");

            Cell anDuty = an.getCell(duty);
            assertEquals(CellType.NUMERIC, anDuty.getCellType(), "an amount is a number, not text");
            assertEquals(100_000, anDuty.getNumericCellValue());
            assertEquals(Money.SHEET_FORMAT, anDuty.getCellStyle().getDataFormatString());
            assertEquals(-50_000, an.getCell(cap).getNumericCellValue(), "the cap's cut as a negative amount");
            assertEquals(CellType.BLANK, binh.getCell(cap).getCellType(), "no amount of that component: blank");
            assertEquals(2, an.getCell(3).getNumericCellValue(), "sessions attended, a number");
            assertEquals(1, an.getCell(0).getNumericCellValue(), "No.");

            Cell anTotal = an.getCell(total);
            assertEquals(CellType.FORMULA, anTotal.getCellType());
            assertEquals("SUM(F" + (an.getRowNum() + 1) + ":" + (char) ('A' + total - 1) + (an.getRowNum() + 1) + ")",
                    anTotal.getCellFormula(), "the member's total adds up their components");
            assertEquals(1_050_000, anTotal.getNumericCellValue(), "its value is stored for readers that do not calculate");
            Cell grand = sum.getCell(total);
            assertEquals(CellType.FORMULA, grand.getCellType());
            assertEquals("SUM(" + (char) ('A' + total) + (an.getRowNum() + 1) + ":" + (char) ('A' + total)
                    + (binh.getRowNum() + 1) + ")", grand.getCellFormula(), "the grand total adds up the member rows");
            assertEquals(1_300_000, grand.getNumericCellValue());
            assertEquals(Money.SHEET_FORMAT, grand.getCellStyle().getDataFormatString());

            // what a spreadsheet computes from the formulas is what the statement says
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertEquals(1_300_000, evaluator.evaluate(grand).getNumberValue());
            assertEquals(150_000, evaluator.evaluate(sum.getCell(duty)).getNumberValue());
            assertEquals(250_000, evaluator.evaluate(binh.getCell(total)).getNumberValue());
            assertTrue(wb.getForceFormulaRecalculation(), "Excel recalculates on opening");

            // shown grouped the Vietnamese way, with the total in words kept
            assertEquals("1.300.000", new DataFormatter(Locale.forLanguageTag("vi")).formatCellValue(grand, evaluator));
            assertEquals("-50.000", new DataFormatter(Locale.forLanguageTag("vi")).formatCellValue(an.getCell(cap)));
            assertEquals("Tổng số tiền (viết bằng chữ): Một triệu ba trăm nghìn đồng.",
                    sheet.getRow(sum.getRowNum() + 2).getCell(0).getStringCellValue());

            PrintAssertions.assertPrintsOnA4(sheet, true, header.getRowNum());
        }
    }

    @Test
    void theProvinceSheetsAddUpEveryCommuneAndMember() throws IOException {
        List<StatementView> views = new ArrayList<>();
        views.add(november(1L, 21589L, "Phường Pleiku"));
        views.add(november(2L, 21590L, "Xã Biển Hồ"));
        byte[] xlsx = PaymentSheets.writeProvince(views, GIA_LAI, NOVEMBER, Map.of(), Messages.VIETNAMESE);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (String name : List.of("Tổng hợp", "Chi tiết")) {
                Sheet sheet = wb.getSheet(name);
                assertNotNull(sheet, name);
                Row header = rowOf(sheet, 0, "STT");
                int total = columnOf(header, "Tổng số tiền (đồng)");
                Cell grand = rowOf(sheet, 1, "Tổng cộng").getCell(total);
                assertEquals(CellType.FORMULA, grand.getCellType(), name);
                assertEquals(2_600_000, grand.getNumericCellValue(), name);
                assertEquals(2_600_000, evaluator.evaluate(grand).getNumberValue(), name);
                assertEquals(Money.SHEET_FORMAT, grand.getCellStyle().getDataFormatString(), name);
                Cell first = sheet.getRow(header.getRowNum() + 1).getCell(total);
                assertEquals(name.equals("Tổng hợp") ? 1_300_000 : 1_050_000, evaluator.evaluate(first).getNumberValue(),
                        name + ": the first commune's or member's own sum");
                PrintAssertions.assertPrintsOnA4(sheet, true, header.getRowNum());
            }
        }
    }
}
