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
import org.openqa.selenium.WebElement;

/**
 * The demo's last week on the ratings page: Pleiku GREEN, Quy Nhơn YELLOW with its outreach declaration waiting;
 * the province finds them by name (diacritics ignored), opens Quy Nhơn and confirms it; the Pleiku coordinator sees only Pleiku and may declare.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatingBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    private static WebElement rowOf(Browser b, String commune) {
        return b.visible(By.xpath("//*[@id='ratings:table']//tr[.//a[normalize-space(text())='" + commune + "']]"));
    }

    @Test
    void theProvinceSeesTheColoursAndConfirmsADeclaration() {
        try (Browser b = new Browser("rating", 1280, 900)) {
            try {
                b.login(base, "tinh.demo", "Demo@2026");
                b.click(By.id("navRatings"));
                String first = b.visible(By.cssSelector("#ratings\\:table tbody tr")).getText();
                assertTrue(first.contains("Đỏ"), "worst first: " + first);
                b.type(By.id("ratings:name"), "pleiku");
                assertTrue(rowOf(b, "Pleiku").getText().contains("Xanh"), rowOf(b, "Pleiku").getText());
                b.type(By.id("ratings:name"), "quy nhon");
                String quyNhon = rowOf(b, "Quy Nhơn").getText();
                assertTrue(quyNhon.contains("Vàng") && quyNhon.contains("Tuyên truyền chuyển đổi số"), quyNhon);
                b.step("list");

                b.click(By.xpath("//*[@id='ratings:table']//a[normalize-space(text())='Quy Nhơn']"));
                b.waitForText(By.cssSelector("main h1"), "Quy Nhơn");
                assertEquals(12, b.driver().findElements(By.cssSelector("#week\\:history tbody tr")).size());
                b.click(By.cssSelector("button[id$=':confirm']"));
                b.waitForText(By.tagName("body"), "Đã xác nhận bản khai.");
                b.step("confirmed");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
        try (Browser b = new Browser("rating-commune", 360, 740)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.click(By.id("navRatings"));
                assertEquals(1, b.driver().findElements(By.cssSelector("#ratings\\:table tbody tr")).size());
                b.click(By.xpath("//*[@id='ratings:table']//a[normalize-space(text())='Pleiku']"));
                b.visible(By.id("declare:save"));
                b.step("commune");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
