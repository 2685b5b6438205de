package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.cdtt.it.support.Fixtures;

/**
 * Bad input in a real browser, as a careful clerk would try it on the demo data: dates and times typed by hand (not
 * picked from the calendar) are read, an impossible date is refused next to its field (never moved to another day),
 * a service's refusal sits next to the field it concerns, an upload over the limit says "file too large (max 10 MB)"
 * instead of the error page, a file that is no table says so in Vietnamese, and an import preview never calls a
 * blocked file ready.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void messagesStandNextToTheirFieldsAndAnImpossibleDateIsRefused() {
        try (Browser b = new Browser("input", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.open(base + "roster/member.xhtml");
                b.type(By.id("member:fullName"), "=Nguyễn Văn Tư");
                b.typeByHand(By.id("member:birthDate_input"), "31/02/2000");
                b.step("typed");
                b.click(By.id("member:save"));
                b.waitForText(By.id("member:birthDate_msg"), "dd/MM/yyyy");
                String shown = b.visible(By.id("member:birthDate_input")).getAttribute("value");
                assertTrue(shown.isEmpty() || shown.equals("31/02/2000"),
                        "refused, not turned into 29/02 or 02/03: " + shown);
                b.step("date refused");

                b.typeByHand(By.id("member:birthDate_input"), "14/03/2001");
                b.click(By.id("member:save"));
                b.waitForText(By.id("member:fullName_msg"), "không được bắt đầu bằng");
                b.waitForText(By.id("member:phone_msg"), "số điện thoại");
                assertTrue(b.driver().findElement(By.id("member:birthDate_msg")).getText().isBlank(),
                        "a good date has no message");
                b.step("service problems by field");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /** The answer of a test fixture ("key=value;key=value") as a map. */
    private Map<String, String> fixture(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test-fixtures/" + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, String> given = new HashMap<>();
        for (String pair : answer.body().split(";")) {
            given.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return given;
    }

    /**
     * The calendar buttons of the date fields shown carry the field's words ("Chọn ngày", "Chọn giờ") as their name and
     * their text, never PrimeFaces' placeholder "ui-button" (axe-core: label-content-name-mismatch).
     */
    private static void assertCalendarButtonsAreNamed(Browser b, String where, String name) {
        List<WebElement> buttons = b.driver().findElements(By.cssSelector(".ui-datepicker-trigger"));
        assertFalse(buttons.isEmpty(), where + " has calendar buttons");
        b.waitUntil(d -> buttons.stream().allMatch(button -> button.isDisplayed()
                ? name.equals(button.getAttribute("aria-label")) : true));
        for (WebElement button : buttons) {
            String text = (String) ((JavascriptExecutor) b.driver()).executeScript("return arguments[0].textContent;", button);
            assertFalse(text.contains("ui-button"), where + ": " + text);
            if (button.isDisplayed()) {
                assertTrue(button.getSize().getHeight() <= 44, where + ": the button is one line high, its icon inside: "
                        + button.getSize());
            }
        }
        Results axe = new AxeBuilder().withOnlyRules(List.of("label-content-name-mismatch", "button-name"))
                .include(".ui-datepicker-trigger").analyze(b.driver());
        assertTrue(axe.getViolations().isEmpty(), () -> where + ": " + axe.getViolations().stream()
                .map(r -> r.getId() + " " + r.getNodes().get(0).getTarget()).toList());
    }

    /**
     * Every kind of date field takes what a person types without picking from the calendar: a time (a site's session
     * end, saved and shown in the list), a date and time (a centre's "answer by": refused next to the field when the day
     * does not exist, read when it does), a payment date (AllowanceBrowserIT) and a member's birth date (above). Each
     * calendar button is named in words.
     */
    @Test
    void timesAndDatesWithTimesAreTypedByHand() throws Exception {
        String coordinator = fixture("coordinator?commune=21628").get("coordinator");
        try (Browser b = new Browser("typed-times", 1280, 900)) {
            try {
                b.login(base, coordinator, Fixtures.PASSWORD);
                b.open(base + "roster/sites.xhtml");
                b.click(By.xpath("//*[@id='sites:list']//a[normalize-space(.)='Sửa']"));
                b.visible(By.id("sessionForm:end_input"));
                LocalTime end = LocalTime.parse(b.driver().findElement(By.id("sessionForm:end_input")).getAttribute("value"));
                String earlier = end.minusMinutes(15).toString();
                assertCalendarButtonsAreNamed(b, "roster/sites", "Chọn giờ");
                b.typeByHand(By.id("sessionForm:end_input"), earlier);
                b.step("time typed");
                b.click(By.id("sessionForm:saveSession"));
                b.waitForText(By.id("sites:list"), "–" + earlier);
                b.step("time saved");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
        try (Browser b = new Browser("typed-date-time", 1280, 900)) {
            try {
                b.login(base, "tt.demo", "Demo@2026");
                b.open(base + "request/centre.xhtml");
                assertCalendarButtonsAreNamed(b, "request/centre", "Chọn ngày");
                b.typeByHand(By.id("ask:answerBy_input"), "31/02/2027 17:00");
                b.click(By.id("ask:file"));
                b.waitForText(By.id("ask:answerBy_msg"), "ngày giờ không hợp lệ, nhập theo dạng dd/MM/yyyy HH:mm");
                b.step("impossible day refused");
                String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)
                        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 17:00";
                b.typeByHand(By.id("ask:answerBy_input"), tomorrow);
                b.click(By.id("ask:file"));
                // the request lacks its days, so it is not filed; the time typed was read: no word about it
                b.waitUntil(d -> d.findElement(By.id("ask:answerBy_msg")).getText().isBlank()
                        && d.findElements(By.cssSelector("#ask [id$='_msg']")).stream().anyMatch(m -> !m.getText().isBlank()));
                assertEquals(tomorrow, b.driver().findElement(By.id("ask:answerBy_input")).getAttribute("value"));
                b.step("date and time read");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void aCommuneListFromTheFieldIsPreviewedAndImported() throws Exception {
        Map<String, String> given = fixture("coordinator?commune=21640");
        String marker = "Ksor H'Bia " + given.get("n") + "x";
        // an old .xls as the commune keeps it: a title block above the headers, its own header words, the phone
        // typed into a number cell (its leading 0 gone)
        Path xls = Files.createTempFile("danh-sach", ".xls");
        try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Sheet sheet = wb.createSheet("DS");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
            String[] header = {"STT", "Họ tên", "Ngày, tháng, năm sinh", "Nam/Nữ", "Dân tộc", "SĐT", "Số CCCD/CMND",
                "Đoàn viên", "Ngày tham gia"};
            String[] data = {"1", marker, "01/02/2003", "Nữ", "Jrai", "", given.get("cccd"), "Có", "05/01/2026"};
            for (int r = 0; r < 2; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < header.length; c++) {
                    row.createCell(c).setCellValue(r == 0 ? header[c] : data[c]);
                }
            }
            sheet.getRow(3).getCell(5).setCellValue(Double.parseDouble(given.get("phone")));
            wb.write(out);
        }
        try (Browser b = new Browser("field-list", 1280, 900)) {
            try {
                b.login(base, given.get("coordinator"), Fixtures.PASSWORD);
                b.open(base + "roster/import.xhtml");
                b.driver().findElement(By.id("import:file_input")).sendKeys(xls.toAbsolutePath().toString());
                b.click(By.id("import:check"));
                b.waitForText(By.id("previewOk"), "1");
                assertTrue(b.driver().findElements(By.id("previewErrors")).isEmpty(), "no row has a problem");
                b.step("previewed");
                b.click(By.id("import:commit"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.tagName("body"), "Đã nhập 1 thành viên"); // the growl, above the list
                b.step("imported");
                String list = b.visible(By.tagName("main")).getText();
                assertTrue(list.contains(marker), list);
                assertTrue(list.contains(given.get("phone")), "the phone with its 0 given back: " + list);
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        } finally {
            Files.deleteIfExists(xls);
        }
    }

    @Test
    void anUnreadableUploadIsToldNextToTheFileField() throws IOException {
        Path broken = Files.createTempFile("danh-sach", ".xlsx");
        Files.writeString(broken, "this is not a workbook");
        try (Browser b = new Browser("unreadable", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.open(base + "roster/import.xhtml");
                b.driver().findElement(By.id("import:file_input")).sendKeys(broken.toAbsolutePath().toString());
                b.click(By.id("import:check"));
                b.waitForText(By.id("import:file_msg"), "Không đọc được tệp");
                b.step("unreadable");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    @Test
    void anUploadOverTheLimitSaysFileTooLarge() throws IOException {
        Path big = Files.createTempFile("danh-sach", ".csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(11L * 1024 * 1024);
        }
        try (Browser b = new Browser("upload", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.open(base + "roster/import.xhtml");
                b.driver().findElement(By.id("import:file_input")).sendKeys(big.toAbsolutePath().toString());
                b.click(By.id("import:check"));
                b.waitForText(By.id("messages"), "Tệp quá lớn (tối đa 10 MB)");
                b.step("too large");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void aPictureIsNoMemberListWhateverItsName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
            0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66};
        Path dir = Files.createTempDirectory("anh");
        Path renamed = Files.write(dir.resolve("danh-sach.csv"), png);
        Path picture = Files.write(dir.resolve("anh-chup.png"), png);
        try (Browser b = new Browser("picture", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.open(base + "roster/import.xhtml");
                b.driver().findElement(By.id("import:file_input")).sendKeys(renamed.toAbsolutePath().toString());
                b.click(By.id("import:check"));
                b.waitForText(By.id("import:file_msg"), "Không đọc được tệp");
                b.step("renamed picture");

                b.driver().findElement(By.id("import:file_input")).sendKeys(picture.toAbsolutePath().toString());
                b.click(By.id("import:check"));
                b.waitForText(By.id("import:file_msg"), "Chỉ nhận tệp Excel (.xlsx, .xls) hoặc tệp văn bản .csv");
                String page = b.visible(By.tagName("main")).getText();
                assertTrue(!page.contains("Invalid file type"), page);
                b.step("picture");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        } finally {
            Files.deleteIfExists(renamed);
            Files.deleteIfExists(picture);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aBlockedFileIsNeverCalledReadyAndItsDuplicatesAndSignatureAreNamed() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test-fixtures/coordinator?commune=21640")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        java.util.Map<String, String> given = new java.util.HashMap<>();
        for (String pair : answer.body().split(";")) {
            given.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String phone = given.get("phone");
        String cccd = given.get("cccd");
        String csv = "Họ và tên;Ngày sinh;Giới tính;Dân tộc;Số điện thoại;Số CCCD;Đoàn viên;Ngày tham gia\n"
                + "Nguyễn Văn Một;14/03/2001;Nam;Kinh;" + phone + ";" + cccd + ";Có;05/01/2026\n"
                + "Trần Thị Hai;14/03/2001;Nữ;Kinh;;;Có;05/01/2026\n"
                + "Lê Văn Ba;14/03/2001;Nam;Kinh;" + phone + ";;Có;05/01/2026\n"
                + ";;;;;;;\n"
                + ";;;;Người lập biểu;;;\n"
                + ";;;;(ký, ghi rõ họ tên);;;\n";
        Path file = Files.createTempFile("danh-sach", ".csv");
        Files.writeString(file, csv);
        try (Browser b = new Browser("blocked-preview", 1280, 900)) {
            try {
                b.login(base, given.get("coordinator"), Fixtures.PASSWORD);
                b.open(base + "roster/import.xhtml");
                b.driver().findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
                b.click(By.id("import:check"));
                b.waitForText(By.id("previewErrors"), "3 dòng có lỗi");
                String main = b.visible(By.tagName("main")).getText();
                assertTrue(!main.contains("sẵn sàng nhập"), "a blocked file is not ready: " + main);
                assertTrue(b.driver().findElements(By.id("previewOk")).isEmpty(), main);
                assertTrue(b.driver().findElements(By.id("import:commit")).isEmpty(), "nothing to press: " + main);
                String problems = b.visible(By.id("import:problems")).getText();
                assertTrue(problems.contains("Số điện thoại " + phone + " trùng với dòng 4"), problems);
                assertTrue(problems.contains("Số điện thoại " + phone + " trùng với dòng 2"), problems);
                assertTrue(!problems.contains("Người lập biểu") && !problems.contains("ký, ghi rõ"),
                        "the signature is no member row: " + problems);
                assertTrue(b.visible(By.id("previewIgnored")).getText().contains("dòng 6, 7"), main);
                b.step("blocked");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
