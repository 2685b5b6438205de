package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.cdtt.it.support.Fixtures;

/**
 * The statements page as the commune coordinator and the province coordinator see it: the commune computes the
 * month of the demo's held trainings, sees its lines and total, and downloads the payment sheet with the total in
 * words; the province opens the page on its first commune and downloads that sheet too. The province reads the
 * demo's policy version on the policy page, starts a new version from it (without saving), and sets a commune's
 * yearly budget on the statements page. In a commune of its own, the commune submits last month; the province sets
 * a budget the month goes beyond, is warned in the approval's confirmation, approves, and records the payment with
 * the date typed by hand (an empty or future date is refused next to the field, with the month still approved).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllowanceBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    /** The demo held a training five days ago: its month has something to pay. */
    private static final YearMonth MONTH = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(5));

    /** Opens the page and moves from its default (last month) to {@link #MONTH}. */
    private static void openMonth(Browser b) {
        b.click(By.id("navAllowance"));
        b.visible(By.cssSelector("main h1"));
        if (!MONTH.equals(YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1))) {
            b.click(By.id("statement:next"));
        }
        b.waitForText(By.id("month"), MONTH.format(DateTimeFormatter.ofPattern("MM/yyyy")));
    }

    private static void assertClean(Browser b, String who) {
        String body = b.driver().findElement(By.tagName("body")).getText();
        assertFalse(body.contains("Đã có lỗi"), who + ": " + body);
        assertFalse(body.contains("???"), who + " shows a missing message key: " + body);
    }

    /** The sheet's cells as a Vietnamese spreadsheet shows them (formulas by their stored result), row by row. */
    private static String cells(Path xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter shown = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
        shown.setUseCachedValuesForFormulaCells(true);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(shown.formatCellValue(cell)).append(" | ");
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theCommuneComputesItsMonthAndBothCoordinatorsDownloadThePaymentSheet() throws IOException {
        try (Browser b = new Browser("allowance-commune", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                openMonth(b);
                b.click(By.id("statement:compute"));
                b.visible(By.id("total"));
                assertTrue(b.driver().findElement(By.id("state")).getText().contains("Phường Pleiku"));
                assertFalse(b.driver().findElements(By.cssSelector("[id$='lines_data'] tr[data-ri]")).isEmpty());
                String total = b.driver().findElement(By.id("total")).getText().replaceAll("[^0-9.]", "");
                assertTrue(total.matches("[1-9][0-9.]*"), "the held trainings pay something: " + total);
                assertClean(b, "xa.demo");
                b.step("computed");

                b.click(By.id("statement:sheet"));
                String sheet = cells(b.downloaded(".xlsx"));
                assertTrue(sheet.contains("Đơn vị: Phường Pleiku"), sheet);
                assertTrue(sheet.contains("Ký nhận"), sheet);
                assertTrue(sheet.contains("Tổng cộng | " ) && sheet.contains(total + " |"), total + " in " + sheet);
                assertTrue(sheet.contains("viết bằng chữ") && sheet.contains("đồng."), sheet);
                assertTrue(sheet.contains("Người lập biểu") && sheet.contains("Kế toán")
                        && sheet.contains("Thủ trưởng đơn vị"), sheet);
                b.step("sheet");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
        try (Browser b = new Browser("allowance-province", 1280, 900)) {
            try {
                b.login(base, "tinh.demo", "Demo@2026");
                openMonth(b);
                assertClean(b, "tinh.demo");
                assertTrue(b.driver().findElements(By.id("statement:submit")).isEmpty(), "the province does not submit");
                b.click(By.id("statement:compute"));
                b.visible(By.id("state"));
                assertClean(b, "tinh.demo");
                b.step("province");
                b.click(By.id("statement:sheet"));
                String sheet = cells(b.downloaded(".xlsx"));
                assertTrue(sheet.contains("Ký nhận") && sheet.contains("viết bằng chữ"), sheet);
                assertEquals(1, sheet.lines().filter(l -> l.startsWith("Tổng số tiền (viết bằng chữ)")).count(), sheet);
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void theProvinceReadsThePolicyAndSetsACommunesBudget() {
        try (Browser b = new Browser("allowance-policy", 1280, 900)) {
            try {
                b.login(base, "tinh.demo", "Demo@2026");
                b.click(By.id("navAllowancePolicies"));
                b.waitForText(By.id("policies:versions"), "DEMO-15/2025/NQ-HĐND");
                assertClean(b, "tinh.demo policies");
                b.click(By.id("policies:versions:0:open"));
                b.visible(By.id("policies:dutySession_input"));
                String form = b.driver().findElement(By.id("policies:editor")).getText();
                assertTrue(form.contains("Mỗi buổi trực tại điểm phục vụ") && form.contains("Mức tối đa mỗi tổ/tháng"),
                        form);
                assertTrue(b.driver().findElement(By.id("policies:dutySession_input")).getAttribute("value")
                        .endsWith("đồng/buổi"), "each rate shows its unit");
                b.step("policy");
                b.click(By.id("policies:close"));
                b.click(By.id("policies:versions:0:successor"));
                b.waitForText(By.id("policies:editor"), "Tạo phiên bản mới từ bản này");
                assertFalse(b.driver().findElement(By.id("policies:validFrom_input")).getAttribute("value").isBlank(),
                        "the new version starts on a day of its own");
                assertClean(b, "tinh.demo successor");
                b.step("successor");
                b.click(By.id("policies:close"));

                b.click(By.id("navAllowance"));
                b.visible(By.id("budgetStanding"));
                // a figure with a zero too many is refused next to the field and stays there to correct
                b.type(By.id("statement:budgetAmount"), "2500000000000");
                b.click(By.id("statement:saveBudget"));
                b.waitForText(By.id("statement:budgetAmount_msg"), "Dự toán phải từ 0 đến 100.000.000.000 đồng.");
                assertEquals("2500000000000", b.visible(By.id("statement:budgetAmount")).getAttribute("value"),
                        "what was typed is still in the field");
                assertFalse(b.visible(By.id("budgetStanding")).getText().contains("2.500.000.000.000"), "nothing stored");
                b.step("budget refused");
                b.type(By.id("statement:budgetAmount"), "250000000");
                b.click(By.id("statement:saveBudget"));
                b.waitForText(By.id("budgetStanding"), "250.000.000");
                assertClean(b, "tinh.demo budget");
                b.step("budget");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void theProvinceIsWarnedOfTheBudgetApprovesAndRecordsThePayment() throws Exception {
        String answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "test-fixtures/allowance-month?commune=21829")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String coordinator = answer.substring("coordinator=".length());
        try (Browser b = new Browser("allowance-submit", 1280, 900)) {
            try {
                b.login(base, coordinator, Fixtures.PASSWORD);
                b.click(By.id("navAllowance"));
                b.click(By.id("statement:compute"));
                b.waitForText(By.id("total"), "50.000");
                b.click(By.id("statement:submit"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.id("state"), "Đã trình duyệt");
                b.step("submitted");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
        try (Browser b = new Browser("allowance-pay", 1280, 900)) {
            try {
                b.login(base, "tinh.demo", "Demo@2026");
                b.click(By.id("navAllowance"));
                b.click(By.id("statement:commune"));
                By binhAn = By.cssSelector("#statement\\:commune_items li[data-label='Xã Bình An']");
                b.visible(binhAn);
                b.waitUntil(d -> {
                    if (!d.findElement(By.id("statement:commune_label")).getText().contains("Bình An")) {
                        d.findElement(binhAn).click();
                    }
                    return d.findElement(By.id("statement:commune_label")).getText().contains("Bình An");
                });
                b.waitForText(By.id("state"), "Đã trình duyệt");
                b.type(By.id("statement:budgetAmount"), "10000");
                b.click(By.id("statement:saveBudget"));
                b.waitForText(By.id("budgetStanding"), "vượt dự toán");
                b.step("budget");

                b.click(By.id("statement:approve"));
                String warning = b.visible(By.cssSelector(".ui-confirm-dialog-message")).getText();
                assertTrue(warning.contains("vượt dự toán") && warning.contains("Dự toán 10.000 đồng")
                        && warning.contains("vượt 40.000 đồng"), warning);
                b.step("warned");
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.id("state"), "Đã phê duyệt");

                // the date typed by hand, not picked: a day after today is refused next to the field, the month
                // stays approved; an empty date is asked for; today's date typed is read and the month is paid
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
                DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
                b.waitForText(By.cssSelector(".ui-growl"), "Đã phê duyệt bảng kê");
                b.waitUntil(d -> d.findElements(By.cssSelector(".ui-growl-item")).stream().noneMatch(WebElement::isDisplayed));
                b.typeByHand(By.id("statement:paymentReference"), "PC-0815");
                b.click(By.id("statement:pay"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.id("statement:paidOn_msg"), "Vui lòng nhập ngày chi trả");
                assertFalse(b.driver().findElement(By.tagName("body")).getText().contains("Đã phê duyệt bảng kê"),
                        "what the approval said is not said again at the next click");
                b.step("date asked for");
                b.typeByHand(By.id("statement:paidOn_input"), today.plusDays(1).format(dmy));
                b.click(By.id("statement:pay"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.id("statement:paidOn_msg"), "Ngày chi trả: chọn ngày không sau " + today.format(dmy));
                assertTrue(b.driver().findElement(By.id("state")).getText().contains("Đã phê duyệt"),
                        "refused: the month stays approved");
                b.step("future date refused");
                b.typeByHand(By.id("statement:paidOn_input"), today.format(dmy));
                assertEquals(today.format(dmy), b.driver().findElement(By.id("statement:paidOn_input")).getAttribute("value"),
                        "the field holds what was typed");
                b.click(By.id("statement:pay"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.id("state"), "Đã chi trả");
                String state = b.driver().findElement(By.id("state")).getText();
                assertTrue(state.contains(today.format(dmy)) && state.contains("PC-0815"), state);
                b.waitForText(By.cssSelector(".ui-growl"), "Đã ghi nhận chi trả");
                assertClean(b, "tinh.demo payment");
                b.step("paid");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /** GETs a link in the page's session: "status content-type first-four-bytes". */
    private static String fetch(Browser b, String href) {
        return (String) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(body =>"
                + " done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + String.fromCharCode.apply(null,"
                + " new Uint8Array(body.slice(0, 4)))))).catch(e => done('failed ' + e));", href);
    }

    /**
     * The commune computes the month of the demo's held training, which Nguyễn Văn An led, and its coordinator's PDF
     * link of a member answers application/pdf; An opens "Phụ cấp của tôi" on a 360 px phone, sees that month with
     * its lines, and the PDF link answers application/pdf too.
     */
    @Test
    void theMemberOpensTheirAllowanceAndItsPdfOnAPhone() {
        try (Browser b = new Browser("allowance-compute", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                openMonth(b);
                if (!b.driver().findElements(By.id("statement:compute")).isEmpty()) {
                    b.click(By.id("statement:compute"));
                }
                b.visible(By.id("total"));
                // the computation's answer may still replace the table: read the link once it stays
                String[] memberPdf = new String[1];
                b.waitUntil(d -> {
                    try {
                        memberPdf[0] = d.findElement(By.cssSelector("[id$='lines_data'] a.member-pdf")).getAttribute("href");
                        return memberPdf[0] != null;
                    } catch (org.openqa.selenium.StaleElementReferenceException
                             | org.openqa.selenium.NoSuchElementException e) {
                        return false;
                    }
                });
                assertEquals("200 application/pdf %PDF", fetch(b, memberPdf[0]), "the coordinator's download of a member's PDF");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
        try (Browser b = new Browser("allowance-member", 360, 740)) {
            try {
                b.login(base, "tv.demo", "Demo@2026");
                b.click(By.id("navMyAllowance"));
                String month = MONTH.format(DateTimeFormatter.ofPattern("MM/yyyy"));
                By card = By.xpath("//div[contains(@class,'allowance-month')][.//span[@class='month-label' and text()='"
                        + month + "']]");
                if (b.driver().findElement(card).findElements(By.cssSelector(".month-lines")).isEmpty()) {
                    b.click(By.xpath("//div[contains(@class,'allowance-month')][.//span[text()='" + month
                            + "']]//a[contains(@class,'month-row')]"));
                }
                b.waitForText(card, "Tập huấn – giảng viên chính");
                assertClean(b, "tv.demo");
                JavascriptExecutor js = (JavascriptExecutor) b.driver();
                Number overflow = (Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.intValue() <= 1, "no sideways scrolling at 360 px: " + overflow);
                WebElement pdf = b.driver().findElement(card).findElement(By.cssSelector("a.pdf-link"));
                WebElement row = b.driver().findElement(card).findElement(By.cssSelector("a.month-row"));
                assertTrue(pdf.getSize().getHeight() >= 44 && row.getSize().getHeight() >= 44,
                        "tap targets of 44 px: " + pdf.getSize() + ", " + row.getSize());
                b.step("my-allowance");

                assertEquals("200 application/pdf %PDF", fetch(b, pdf.getAttribute("href")));
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
