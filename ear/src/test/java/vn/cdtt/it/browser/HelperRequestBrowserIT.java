package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A helper request end to end on a 360 px phone: the centre staff ask for two more helpers on a Friday morning, the
 * commune coordinator accepts and publishes the seats, a member takes one from the open board, and the centre sees
 * the request 1/2 filled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelperRequestBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    private Map<String, String> data() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test-fixtures/helper-request")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        Map<String, String> values = new HashMap<>();
        for (String pair : response.body().split(";")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }

    private static void logout(Browser b) {
        b.click(By.id("langForm:logout"));
        b.visible(By.id("login:username"));
    }

    @Test
    void theCentreAsksTheCoordinatorPublishesAMemberTakesASeatAndTheCentreSeesIt() throws Exception {
        Map<String, String> data = data();
        try (Browser b = new Browser("helper-request", 360, 740)) {
            try {
                b.login(base, data.get("staff"), Fixtures.PASSWORD);
                b.click(By.id("navCentreRequests"));
                b.type(By.id("ask:firstDay_input"), data.get("friday"));
                b.visible(By.id("ask:firstDay_input")).sendKeys(Keys.ESCAPE);
                // a spinner keeps its value on clear(): select it and type over it
                b.visible(By.id("ask:helpers_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
                b.click(By.id("ask:reason"));
                b.click(By.cssSelector("#ask\\:reason_items li[data-label='Đợt kích hoạt VNeID']"));
                b.type(By.id("ask:contactName"), "Phạm Thị Hoa");
                b.type(By.id("ask:contactPhone"), "0905123456");
                b.type(By.id("ask:answerBy_input"), data.get("answerBy"));
                b.visible(By.id("ask:answerBy_input")).sendKeys(Keys.ESCAPE);
                b.step("ask");
                b.click(By.id("ask:file"));
                b.waitForText(By.id("requests"), "Chờ trả lời");
                b.step("filed");
                logout(b);

                b.login(base, data.get("coordinator"), Fixtures.PASSWORD);
                assertTrue(b.visible(By.id("navGroupDuty")).getText().contains("(1)"), "the badge on the menu's closed group");
                b.openMenuGroupOf(By.id("navRequests"));
                assertTrue(b.visible(By.id("navRequests")).getText().contains("(1)"), "the menu badge");
                b.click(By.id("navRequests"));
                b.click(By.xpath("//button[contains(@id,'accept')]"));
                b.waitForText(By.id("list"), "Đã chấp nhận");
                b.click(By.xpath("//button[contains(@id,'publish')]"));
                b.waitForText(By.id("list"), "Đang bố trí");
                b.step("published");
                logout(b);

                b.login(base, data.get("helper"), Fixtures.PASSWORD);
                b.click(By.id("navOpen"));
                b.click(By.xpath("//div[contains(@class,'open-seat')]//*[contains(@id,'takeSeat')]"));
                b.waitUntil(d -> org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent().apply(d) != null);
                b.driver().switchTo().alert().accept(); // the phone's own confirmation (me/open.xhtml is light)
                b.waitUntil(d -> d.findElements(By.xpath("//div[contains(@class,'open-seat')]")).isEmpty());
                b.step("taken");
                logout(b);

                b.login(base, data.get("staff"), Fixtures.PASSWORD);
                b.click(By.id("navCentreRequests"));
                b.waitForText(By.id("requests"), "1/2");
                assertTrue(b.visible(By.id("requests")).getText().contains("Ksor Thị Hiền"), "the helper coming");
                b.step("seen");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
