package vn.cdtt.it.browser;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import vn.cdtt.it.support.Fixtures;

/**
 * Bad input in a real browser, as a careful clerk would try it on the demo data: an impossible date is refused
 * next to its field (never moved to another day), a service's refusal sits next to the field it concerns, an
 * upload over the limit says "file too large (max 10 MB)" instead of the error page, a file that is no table says
 * so in Vietnamese, and an import preview never calls a blocked file ready.
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
                b.type(By.id("member:birthDate_input"), "31/02/2000");
                b.visible(By.id("member:birthDate_input")).sendKeys(Keys.ESCAPE);
                b.step("typed");
                b.click(By.id("member:save"));
                b.waitForText(By.id("member:birthDate_msg"), "dd/MM/yyyy");
                String shown = b.visible(By.id("member:birthDate_input")).getAttribute("value");
                assertTrue(shown.isEmpty() || shown.equals("31/02/2000"),
                        "refused, not turned into 29/02 or 02/03: " + shown);
                b.step("date refused");

                b.type(By.id("member:birthDate_input"), "14/03/2001");
                b.visible(By.id("member:birthDate_input")).sendKeys(Keys.ESCAPE);
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

    @Test
    void aCommuneListFromTheFieldIsPreviewedAndImported() throws Exception {
        String commune = "21640";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test-fixtures/coordinator?commune=" + commune)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        java.util.Map<String, String> given = new java.util.HashMap<>();
        for (String pair : answer.body().split(";")) {
            given.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
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
