package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The roster in a real browser, on the demo data: a commune coordinator finds "Nguyễn Văn An" by typing
 * "nguyen van an" and changes the phone; the province coordinator sees that change in the audit log.
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
}
