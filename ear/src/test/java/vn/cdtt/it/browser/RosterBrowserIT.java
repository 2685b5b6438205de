package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import vn.cdtt.it.support.Fixtures;

/**
 * The roster in a real browser, on the demo data: a commune coordinator finds "Nguyễn Văn An" by typing
 * "nguyen van an" and changes the phone; the province coordinator sees that change in the audit log. A bad ethnicity
 * is told as the ethnicity's problem, and a pasted text longer than its column is refused whole, never cut to fit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorEditsAPhoneAndTheProvinceSeesItInTheAuditLog() {
        String newPhone = "0987650001"; // no demo member has it, and every run has a new database
        try (Browser b = new Browser("roster", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.step("logged-in");
                b.click(By.id("navMembers"));
                b.type(By.id("members:text"), "nguyen van an");
                By links = By.cssSelector("#members\\:table a.member-link");
                b.waitUntil(d -> d.findElements(links).size() == 1);
                assertEquals("Nguyễn Văn An", b.driver().findElement(links).getText(), "only Nguyễn Văn An matches");
                b.step("found");
                b.click(By.linkText("Nguyễn Văn An"));
                b.type(By.id("member:phone"), newPhone);
                b.step("edited");
                b.click(By.id("member:save"));
                b.waitForText(By.tagName("body"), "Đã lưu thông tin thành viên Nguyễn Văn An");
                assertEquals(newPhone, b.visible(By.id("member:phone")).getAttribute("value"));
                b.step("saved");
                b.click(By.id("langForm:logout"));

                b.login(base, "tinh.demo", "Demo@2026");
                b.click(By.id("navAudit"));
                b.waitForText(By.id("audit:table"), "Nguyễn Văn An");
                String audit = b.visible(By.id("audit:table")).getText();
                assertTrue(audit.contains("xa.demo"), audit);
                b.click(By.cssSelector("#audit\\:table .ui-row-toggler"));
                b.waitForText(By.id("audit:table"), newPhone);
                b.step("audit");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void aBadEthnicityIsNamedAsSuchAndALongOneIsRefusedNotCut() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test-fixtures/coordinator?commune=23638")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, String> given = new HashMap<>();
        for (String pair : answer.body().split(";")) {
            given.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String name = "Ksor Thị Dân " + given.get("n") + "x";
        String longEthnicity = "Jrai ".repeat(60).strip(); // 299 characters, as pasted from another document
        try (Browser b = new Browser("roster-ethnicity", 1280, 900)) {
            try {
                b.login(base, given.get("coordinator"), Fixtures.PASSWORD);
                b.open(base + "roster/member.xhtml");
                b.type(By.id("member:fullName"), name);
                b.type(By.id("member:birthDate_input"), "14/03/2001");
                b.visible(By.id("member:birthDate_input")).sendKeys(Keys.ESCAPE);
                b.click(By.id("member:gender"));
                b.click(By.cssSelector("#member\\:gender_items li[data-label='Nữ']"));
                b.type(By.id("member:phone"), given.get("phone"));
                b.type(By.id("member:citizenId"), given.get("cccd"));
                b.type(By.id("member:ethnicity"), "=Jrai");
                b.click(By.id("member:save"));
                b.waitForText(By.id("member:ethnicity_msg"), "Dân tộc không được bắt đầu bằng = + - hoặc @");
                assertTrue(b.driver().findElement(By.id("member:fullName_msg")).getText().isBlank(),
                        "the name is fine: no message of the ethnicity under it");
                b.step("ethnicity named");

                b.type(By.id("member:ethnicity"), longEthnicity);
                assertEquals(longEthnicity, b.visible(By.id("member:ethnicity")).getAttribute("value"),
                        "the field takes the whole text");
                b.click(By.id("member:save"));
                b.waitForText(By.id("member:ethnicity_msg"), "Dân tộc quá dài (tối đa 50 ký tự)");
                assertFalse(b.driver().findElement(By.tagName("body")).getText().contains("Đã thêm thành viên"),
                        "nothing is stored");
                assertEquals(longEthnicity, b.visible(By.id("member:ethnicity")).getAttribute("value"),
                        "what was typed is still there to shorten");
                b.step("too long refused");

                b.type(By.id("member:ethnicity"), "Jrai");
                b.click(By.id("member:save"));
                b.waitForText(By.tagName("body"), "Đã thêm thành viên " + name);
                assertEquals("Jrai", b.visible(By.id("member:ethnicity")).getAttribute("value"));
                b.step("saved");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void theMemberListFindsAPhoneWrittenWithPlus84() {
        try (Browser b = new Browser("roster-plus84", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.click(By.id("navMembers"));
                String phone = b.visible(By.cssSelector("#members\\:table tbody tr span.phone")).getText().strip();
                b.type(By.id("members:text"), "+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " "
                        + phone.substring(7));
                By rows = By.cssSelector("#members\\:table tbody tr");
                b.waitUntil(d -> d.findElements(rows).size() == 1 && d.findElement(rows).getText().contains(phone));
                b.step("found by +84");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
