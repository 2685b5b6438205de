package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Bad input in a real browser, as a careful clerk would try it on the demo data: an impossible date is refused
 * next to its field (never moved to another day), a service's refusal sits next to the field it concerns, and an
 * upload over the limit says "file too large (max 10 MB)" instead of the error page.
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
}
