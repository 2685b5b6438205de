package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A commune coordinator staffs a week on the board: two members in one dialog, a whole week filled from a preview in a
 * handful of clicks, the week kept in the address across reloads and back, and a week that fits the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutyBoardBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    private static LocalDate monday(int weeksAhead) {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).with(DayOfWeek.MONDAY).plusWeeks(weeksAhead);
    }

    private static String shown(LocalDate monday) {
        return monday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @Test
    void aCoordinatorAssignsTwoMembersInOneDialogAndTheWeekStaysInTheAddress() {
        try (Browser b = new Browser("board", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.click(By.id("navBoard"));
                b.click(By.id("board:next"));
                b.waitForText(By.cssSelector(".week"), shown(monday(1)));
                assertTrue(b.driver().getCurrentUrl().contains("week=" + monday(1)), b.driver().getCurrentUrl());
                b.click(By.id("board:generate"));
                b.visible(By.cssSelector("table.board"));
                b.step("week");
                int before = b.driver().findElements(By.cssSelector("table.board .on-duty")).size();
                b.click(By.cssSelector("table.board td.empty a.add"));
                b.visible(By.id("assignForm:search"));
                // nobody chosen: the service's refusal appears in the dialog, which stays open
                b.click(By.id("assignForm:confirmAssign"));
                b.waitForText(By.id("assignForm:assignMessages"), "Vui lòng chọn thành viên");
                b.step("refused");
                List<WebElement> free = b.driver().findElements(By.cssSelector("#assignForm tr.candidate.free input[type=checkbox]"));
                assertTrue(free.size() >= 2, "at least two free candidates: " + free.size());
                String first = b.driver().findElements(By.cssSelector("#assignForm tr.candidate.free .name")).get(0).getText();
                String second = b.driver().findElements(By.cssSelector("#assignForm tr.candidate.free .name")).get(1).getText();
                String cell = b.visible(By.id("assignCell")).getText();
                free.get(0).click();
                free.get(1).click();
                b.click(By.id("assignForm:confirmAssign"));
                b.waitUntil(d -> d.findElements(By.cssSelector("table.board .on-duty")).size() == before + 2);
                // the cell is full: the dialog stays open on the next cell with free seats
                b.waitUntil(d -> !d.findElement(By.id("assignCell")).getText().equals(cell));
                assertTrue(b.visible(By.id("assignForm:search")).isDisplayed(), "the dialog stays open");
                assertFalse(b.visible(By.id("assignSeats")).getText().startsWith("2/2"), "on a cell with free seats");
                String board = b.visible(By.cssSelector("table.board")).getText();
                assertTrue(board.contains(first) && board.contains(second), first + ", " + second);
                b.step("assigned");

                // seats out of range: refused with the rule next to the field, not quietly cut to 20
                String seatsBefore = b.visible(By.id("assignSeats")).getText();
                b.type(By.id("assignForm:seats"), "25");
                b.click(By.id("assignForm:saveSeats"));
                b.waitForText(By.id("assignForm:assignMessages"), "Số người trực phải từ 1 đến 20");
                assertEquals("25", b.visible(By.id("assignForm:seats")).getAttribute("value"), "what was typed stays");
                assertEquals(seatsBefore, b.visible(By.id("assignSeats")).getText(), "nothing saved");
                b.step("seats-refused");

                b.driver().navigate().refresh();
                b.waitForText(By.cssSelector(".week"), shown(monday(1)));
                assertTrue(b.visible(By.cssSelector("table.board")).getText().contains(first), "reload keeps the week");
                b.driver().navigate().back();
                b.waitUntil(d -> !d.findElement(By.cssSelector(".week")).getText().contains(shown(monday(1))));
                b.driver().navigate().forward();
                b.waitForText(By.cssSelector(".week"), shown(monday(1)));
                b.step("address");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void aCoordinatorFillsAWholeWeekFromAPreviewInFewClicks() {
        try (Browser b = new Browser("fill-week", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                int clicks = 0;
                b.click(By.id("navBoard"));
                clicks++;
                for (int i = 1; i <= 2; i++) {
                    b.click(By.id("board:next"));
                    clicks++;
                    b.waitForText(By.cssSelector(".week"), shown(monday(i)));
                }
                b.click(By.id("board:generate"));
                clicks++;
                b.visible(By.cssSelector("table.board"));
                int cells = b.driver().findElements(By.cssSelector("table.board td.cell a.add")).size();
                assertTrue(cells >= 10, "a week of sessions: " + cells);
                b.click(By.id("board:fillWeek"));
                clicks++;
                b.visible(By.id("fillForm:applyFill"));
                int planned = b.driver().findElements(By.cssSelector("#fillForm tr.placement")).size();
                assertTrue(planned >= 2 * cells, "a preview of who goes where: " + planned);
                assertTrue(b.driver().findElements(By.cssSelector("table.board .on-duty")).isEmpty(), "nothing stored yet");
                b.step("preview");
                b.click(By.id("fillForm:applyFill"));
                clicks++;
                b.waitUntil(d -> d.findElements(By.cssSelector("table.board td.cell:not(.full) a.add")).isEmpty());
                b.step("filled");
                for (WebElement seats : b.driver().findElements(By.cssSelector("table.board td.cell .seats"))) {
                    assertEquals("2/2", seats.getText(), "two members per site and session");
                }
                assertTrue(clicks < 20, "a site-week in under 20 clicks: " + clicks);
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /**
     * By hand, one site's week (Monday to Friday, mornings and afternoons, two seats each: 20 seats) takes at most 20
     * clicks from the board: pick two members for Monday morning and tick the other mornings of the week, assign; the
     * dialog moves on to the next session with free seats by itself; the same for the afternoons. Full cells offer no
     * "+ Phân công", and the row's quick fill is a visible button. (The same week took 50 clicks when each cell needed
     * its own dialog: open, two ticks, assign, close.)
     */
    @Test
    void aCoordinatorFillsASiteWeekByHandInTwentyClicks() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "test-fixtures/board-week")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        java.util.Map<String, String> data = new java.util.HashMap<>();
        for (String pair : answer.body().split(";")) {
            data.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        try (Browser b = new Browser("board-by-hand", 1366, 900)) {
            try {
                b.login(base, data.get("coordinator"), vn.cdtt.it.support.Fixtures.PASSWORD);
                b.open(base + "duty/board.xhtml?commune=" + data.get("commune") + "&site=" + data.get("site")
                        + "&week=" + data.get("week"));
                int clicks = 0;
                b.click(By.id("board:generate"));
                clicks++;
                b.visible(By.cssSelector("table.board"));
                assertEquals(10, b.driver().findElements(By.cssSelector("table.board td.cell a.add")).size(),
                        "ten sessions to staff, each offering + Phân công");
                WebElement fillRow = b.visible(By.cssSelector("table.board th.site .fill-row"));
                assertEquals("button", fillRow.getTagName(), "the row's quick fill is a button one sees");
                assertTrue(fillRow.getText().contains("Xếp đủ hàng này"), fillRow.getText());
                assertTrue(b.visible(By.id("board:fillHint")).getText().contains("20 chỗ trống"),
                        "the toolbar says what the quick fills do");
                b.step("empty-week");

                for (String part : List.of("sáng", "chiều")) {
                    if (part.equals("sáng")) {
                        b.click(By.cssSelector("table.board td.cell a.add"));
                        clicks++;
                    }
                    b.waitForText(By.id("assignCell"), part);
                    b.waitForText(By.id("assignSeats"), "0/2");
                    List<WebElement> free = b.driver().findElements(By.cssSelector("#assignForm tr.candidate.free input[type=checkbox]"));
                    assertTrue(free.size() >= 2, "two free candidates: " + free.size());
                    free.get(0).click();
                    free.get(1).click();
                    clicks += 2;
                    List<WebElement> days = b.driver().findElements(By.cssSelector("#assignForm\\:alsoOn input[type=checkbox]"));
                    assertEquals(4, days.size(), "the same session on the other four days of the week");
                    for (WebElement day : days) {
                        day.click();
                        clicks++;
                    }
                    b.click(By.id("assignForm:confirmAssign"));
                    clicks++;
                    b.step("assigned-" + part);
                }
                b.waitUntil(d -> d.findElements(By.cssSelector("table.board td.cell .seats")).stream()
                        .allMatch(e -> e.getText().equals("2/2")));
                b.waitUntil(d -> !d.findElement(By.id("assignDialog")).isDisplayed());
                assertTrue(b.driver().findElements(By.cssSelector("table.board td.cell a.add")).isEmpty(),
                        "a full cell offers no + Phân công");
                b.step("filled");
                assertTrue(clicks <= 20, "a site-week by hand in at most 20 clicks: " + clicks);
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void aWeekFitsA1366ScreenAndStacksItsDaysOnAPhone() {
        String week = base + "duty/board.xhtml?week=" + monday(3);
        try (Browser b = new Browser("board-fit", 1366, 768)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.open(week);
                b.waitForText(By.cssSelector(".week"), shown(monday(3)));
                if (b.driver().findElements(By.cssSelector("table.board")).isEmpty()) {
                    b.click(By.id("board:generate"));
                }
                b.visible(By.cssSelector("table.board"));
                Object fits = ((JavascriptExecutor) b.driver()).executeScript("var s = document.querySelector('.board-scroll');"
                        + "return s.scrollWidth + ' <= ' + s.clientWidth + ' ' + (s.scrollWidth <= s.clientWidth);");
                assertTrue(fits.toString().endsWith("true"), "no inner scroll at 1366 px: " + fits);
                b.step("fits");
                // a wrong week in the address: a message and this week, not an error page
                b.open(base + "duty/board.xhtml?week=tuan-sau");
                b.waitForText(By.id("messages"), "Tuần trong địa chỉ trang không hợp lệ");
                b.waitForText(By.cssSelector(".week"), shown(monday(0)));
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
        try (Browser b = new Browser("board-phone", 360, 740)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.open(week);
                b.visible(By.cssSelector("table.board"));
                List<WebElement> cells = b.driver().findElements(By.cssSelector("table.board tbody tr:first-child td.cell"));
                assertTrue(cells.size() >= 2);
                WebElement monday = cells.get(0);
                WebElement next = cells.get(1);
                assertEquals(monday.getLocation().getX(), next.getLocation().getX(), "days stacked, not side by side");
                assertTrue(next.getLocation().getY() > monday.getLocation().getY());
                Object scroll = ((JavascriptExecutor) b.driver()).executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
                assertEquals(Boolean.TRUE, scroll, "no sideways scrolling at 360 px");
                b.step("stacked");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void theProvinceCoordinatorsBoardOpensOnTheCommuneThatNeedsAttentionMost() {
        try (Browser b = new Browser("board-province", 1366, 768)) {
            try {
                b.login(base, "tinh.demo", "Demo@2026");
                b.click(By.id("navBoard"));
                b.waitForText(By.id("attention"), "thiếu người nhiều nhất tuần này");
                String why = b.visible(By.id("attention")).getText();
                String chosen = b.visible(By.id("board:commune_label")).getText();
                assertEquals(chosen, why.substring(why.indexOf(": ") + 2, why.lastIndexOf(" (")), why);
                b.step("neediest");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
