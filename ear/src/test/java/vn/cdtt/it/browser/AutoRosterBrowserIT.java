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
import org.openqa.selenium.By;
import vn.cdtt.it.support.Fixtures;

/**
 * A commune coordinator fills next week with one click: from the week board to Tự động xếp lịch, start, watch the
 * progress until the solver is done, read the proposal, apply, and find the board full.
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
                b.click(By.id("choose:start"));
                b.visible(By.id("run:progress"));
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
                assertTrue(b.driver().findElements(By.cssSelector("#run\\:seats tbody tr")).size() >= 10,
                        "the proposal lists who goes where");
                b.visible(By.id("fairness"));
                b.step("proposal");
                b.click(By.id("run:apply"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.waitForText(By.id("state"), "Đã áp dụng");
                b.step("applied");
                b.click(By.id("navBoard"));
                String week = b.visible(By.cssSelector(".week")).getText();
                b.click(By.id("board:next"));
                b.waitUntil(d -> !d.findElement(By.cssSelector(".week")).getText().equals(week));
                b.visible(By.cssSelector("table.board"));
                assertTrue(b.driver().findElements(By.cssSelector("table.board td.cell:not(.full) a.add")).isEmpty(),
                        "every seat of next week is filled");
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
