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
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.it.support.Fixtures;

/**
 * A helper request end to end on 360 px phones. The centre staff ask for two more helpers on a Friday morning: the
 * answer time fills itself in (17:00 the day before) and the first send goes through; −5 helpers for the Thursday get
 * a message at the field and nothing is filed. The commune coordinator accepts and publishes the seats; on the
 * Friday's shift one usual seat is free too, and a member takes the seat the open board shows as the centre's request.
 * The centre's page, left open in its own browser, shows the request 1/2 with the member's name without being reloaded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelperRequestBrowserIT extends BrowserTest {

    /** Longer than the centre page's refresh (p:poll, every 30 seconds). */
    private static final Duration REFRESH = Duration.ofSeconds(45);

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

    private static void typeDay(Browser b, String id, String day) {
        b.type(By.id(id), day);
        b.visible(By.id(id)).sendKeys(Keys.ESCAPE);
    }

    @Test
    void theCentreAsksAMemberTakesTheRequestsSeatAndTheCentreSeesItWithoutReloading() throws Exception {
        Map<String, String> data = data();
        LocalDate friday = LocalDate.parse(data.get("friday"), VietnamTime.DATE);
        try (Browser centre = new Browser("helper-request-centre", 360, 740);
             Browser b = new Browser("helper-request", 360, 740)) {
            try {
                centre.login(base, data.get("staff"), Fixtures.PASSWORD);
                centre.click(By.id("navCentreRequests"));
                typeDay(centre, "ask:firstDay_input", data.get("friday"));
                centre.visible(By.id("ask:helpers")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
                centre.waitUntil(d -> (friday.minusDays(1).format(VietnamTime.DATE) + " 17:00")
                        .equals(d.findElement(By.id("ask:answerBy_input")).getAttribute("value")));
                centre.click(By.id("ask:reason"));
                centre.click(By.cssSelector("#ask\\:reason_items li[data-label='Đợt kích hoạt VNeID']"));
                centre.type(By.id("ask:contactName"), "Phạm Thị Hoa");
                centre.type(By.id("ask:contactPhone"), "0905123456");
                centre.step("ask");
                centre.click(By.id("ask:file"));
                centre.waitForText(By.id("requests"), "Chờ trả lời");
                centre.step("filed-with-the-default-answer-time");

                typeDay(centre, "ask:firstDay_input", friday.minusDays(1).format(VietnamTime.DATE));
                centre.visible(By.id("ask:helpers")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "-5");
                centre.click(By.id("ask:file"));
                centre.waitForText(By.id("ask:helpers_msg"), "ít nhất là 1");
                centre.step("minus-five-refused");
                assertFalse(centre.visible(By.id("requests:progress")).getText()
                        .contains(friday.minusDays(1).format(VietnamTime.DATE)), "nothing was filed for −5 helpers");
                ((JavascriptExecutor) centre.driver()).executeScript("window.notReloaded = true;");

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
                b.waitForText(By.cssSelector(".request-seat"), "của trung tâm");
                assertFalse(b.driver().findElements(By.xpath("//div[contains(@class,'open-seat') and "
                        + "not(contains(@class,'request-seat'))]")).isEmpty(), "the free usual seat, apart");
                b.step("board");
                b.click(By.xpath("//div[contains(@class,'request-seat')]//*[contains(@id,'takeSeat')]"));
                b.waitUntil(d -> ExpectedConditions.alertIsPresent().apply(d) != null);
                b.driver().switchTo().alert().accept(); // the phone's own confirmation (me/open.xhtml is light)
                b.waitUntil(d -> d.findElements(By.cssSelector(".request-seat")).isEmpty());
                b.step("taken");

                new WebDriverWait(centre.driver(), REFRESH).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("requests:progress"), "1/2"));
                assertTrue(centre.visible(By.id("requests:progress")).getText().contains("Ksor Thị Hiền"),
                        "the helper coming");
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) centre.driver())
                        .executeScript("return window.notReloaded === true;"), "the page was not reloaded");
                ((JavascriptExecutor) centre.driver()).executeScript(
                        "document.getElementById('requests:progress').scrollIntoView();");
                centre.step("seen-without-reload");
            } catch (AssertionError | RuntimeException e) {
                centre.failed();
                b.failed();
                throw e;
            }
        }
    }
}
