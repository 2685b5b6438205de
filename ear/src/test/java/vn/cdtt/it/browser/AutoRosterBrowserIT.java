package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.cdtt.it.support.Fixtures;

/**
 * A commune coordinator fills next week with one click: from the week board to Tự động xếp lịch (the week shown as
 * dd/MM/yyyy), start, watch the progress until the solver is done, read in words what the proposal achieves against
 * the quick fill and why the one seat nobody is free for stays empty – on a phone too –, apply, and find the board
 * full but for that seat.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AutoRosterBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorFillsNextWeekWithOneClickAndAppliesIt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test-fixtures/autoroster")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        String coordinator = response.body().substring("coordinator=".length());
        try (Browser b = new Browser("autoroster", 1280, 900)) {
            try {
                b.login(base, coordinator, Fixtures.PASSWORD);
                b.click(By.id("navBoard"));
                String before = b.visible(By.cssSelector(".week")).getText();
                b.click(By.id("board:next"));
                b.waitUntil(d -> !d.findElement(By.cssSelector(".week")).getText().equals(before));
                b.click(By.id("board:autoroster"));
                String day = b.visible(By.id("choose:day_input")).getAttribute("value");
                assertTrue(day.matches("\\d{2}/\\d{2}/\\d{4}"), "the week's day reads dd/MM/yyyy: " + day);
                assertTrue(b.visible(By.id("choose:periodLabel")).getText().matches("Tuần \\d{2}/\\d{2} – .*"),
                        b.driver().findElement(By.id("choose:periodLabel")).getText());
                b.click(By.id("choose:start"));
                b.visible(By.id("run:progress"));
                assertTrue(!b.visible(By.id("state")).getText().contains("chờ đến lượt"),
                        "nothing is ahead of this run: " + b.driver().findElement(By.id("state")).getText());
                b.step("progress");
                // the solve stops once it has not improved for a while (the province's setting): wait for it
                for (int i = 0; i < 6 && b.driver().findElements(By.id("run:apply")).isEmpty(); i++) {
                    try {
                        b.waitUntil(d -> !d.findElements(By.id("run:apply")).isEmpty());
                    } catch (org.openqa.selenium.TimeoutException e) {
                        // still solving
                    }
                }
                b.waitForText(By.id("state"), "Đã xong");
                assertTrue(b.driver().findElement(By.id("choose:start")).isEnabled(), "a new run may start again");
                assertTrue(b.driver().findElements(By.cssSelector("#run\\:seats tbody tr")).size() >= 10,
                        "the proposal lists who goes where");
                String compare = b.visible(By.id("run:compare")).getText();
                assertTrue(compare.contains("Xếp nhanh") && compare.contains("Chỗ trống được xếp 19 / 20"), compare);
                assertTrue(b.visible(By.id("filled")).getText().contains("Đã xếp 19 / 20 chỗ trống"),
                        b.driver().findElement(By.id("filled")).getText());
                String page = b.driver().getPageSource();
                assertTrue(!page.contains("hard/") && !page.contains("Điểm tốt nhất"), "no solver score on the page");
                List<WebElement> groups = b.driver().findElements(By.cssSelector(".empty-group"));
                assertEquals(1, groups.size(), "one line for the empty seat's commune and cause");
                assertTrue(groups.get(0).getText().contains("1 chỗ: không còn ai rảnh"), groups.get(0).getText());
                assertTrue(groups.get(0).getText().contains("4 báo bận hoặc có việc khác"), groups.get(0).getText());
                b.step("proposal");
                // the same proposal on a 360 px phone: nothing wider than the screen
                b.driver().manage().window().setSize(new Dimension(360, 780));
                b.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth")).intValue() <= 0);
                b.step("proposal-phone");
                b.driver().manage().window().setSize(new Dimension(1280, 900));
                b.click(By.id("run:apply"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.id("state"), "Đã áp dụng");
                assertTrue(b.driver().findElements(By.id("run:apply")).isEmpty(), "applied once");
                b.step("applied");
                b.click(By.id("navBoard"));
                String week = b.visible(By.cssSelector(".week")).getText();
                b.click(By.id("board:next"));
                b.waitUntil(d -> !d.findElement(By.cssSelector(".week")).getText().equals(week));
                b.visible(By.cssSelector("table.board"));
                assertEquals(1, b.driver().findElements(By.cssSelector("table.board td.cell:not(.full) a.add")).size(),
                        "every seat of next week is filled but Thursday afternoon's second");
                b.step("board");
                // unpin one assignment for the next solve (the lock opens), and pin it again
                int pinned = b.driver().findElements(By.cssSelector("table.board a.pin.pinned")).size();
                assertTrue(pinned > 0, "every assignment is pinned");
                b.click(By.cssSelector("table.board a.pin.pinned"));
                b.waitUntil(d -> d.findElements(By.cssSelector("table.board a.pin.unpinned .pi-lock-open")).size() == 1);
                b.step("unpinned");
                b.click(By.cssSelector("table.board a.pin.unpinned"));
                b.waitUntil(d -> d.findElements(By.cssSelector("table.board a.pin.unpinned")).isEmpty()
                        && d.findElements(By.cssSelector("table.board a.pin.pinned")).size() == pinned);
            } catch (RuntimeException | AssertionError e) {
                b.failed();
                throw e;
            }
        }
    }
}
