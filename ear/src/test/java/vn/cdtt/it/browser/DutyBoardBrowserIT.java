package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A commune coordinator creates a week's shifts on the board and staffs them, two members per site and session. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutyBoardBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorCreatesNextWeeksShiftsAndAssignsAMember() {
        try (Browser b = new Browser("board", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.click(By.id("navBoard"));
                b.click(By.id("board:next"));
                String nextMonday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .with(java.time.DayOfWeek.MONDAY).plusWeeks(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                b.waitForText(By.cssSelector(".week"), nextMonday);
                b.click(By.id("board:generate"));
                b.visible(By.cssSelector("table.board"));
                b.step("week");
                int before = b.driver().findElements(By.cssSelector("table.board .on-duty")).size();
                b.click(By.cssSelector("table.board td:not(.full) a.add"));
                b.visible(By.id("assignForm:member"));
                // saved without a member: the service's refusal appears in the dialog, which stays open
                b.click(By.id("assignForm:confirmAssign"));
                b.waitForText(By.id("assignForm:assignMessages"), "Vui lòng chọn thành viên");
                assertTrue(b.visible(By.id("assignForm:member")).isDisplayed());
                b.step("refused");
                b.click(By.id("assignForm:member"));
                WebElement candidate = b.visible(By.cssSelector("#assignForm\\:member_items li[data-label*='·']"));
                String name = candidate.getAttribute("data-label").split(" · ")[0];
                By chosen = By.id("assignForm:member_label");
                b.waitUntil(d -> {
                    if (!d.findElement(chosen).getText().contains(name)) {
                        d.findElement(By.cssSelector("#assignForm\\:member_items li[data-label^='" + name + "']")).click();
                    }
                    return d.findElement(chosen).getText().contains(name);
                });
                b.step("chosen");
                b.click(By.id("assignForm:confirmAssign"));
                b.waitUntil(d -> d.findElements(By.cssSelector("table.board .on-duty")).size() == before + 1);
                assertTrue(b.visible(By.cssSelector("table.board")).getText().contains(name), name);
                b.step("assigned");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void aCoordinatorFillsAWholeWeekWithTwoMembersPerSiteAndSession() {
        try (Browser b = new Browser("fill-week", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.click(By.id("navBoard"));
                for (int i = 0; i < 2; i++) {
                    String before = b.visible(By.cssSelector(".week")).getText();
                    b.click(By.id("board:next"));
                    b.waitUntil(d -> !d.findElement(By.cssSelector(".week")).getText().equals(before));
                }
                b.click(By.id("board:generate"));
                b.visible(By.cssSelector("table.board"));
                int cells = b.driver().findElements(By.cssSelector("table.board td.cell a.add")).size();
                assertTrue(cells >= 10, "a week of sessions: " + cells);
                By open = By.cssSelector("table.board td.cell:not(.full) a.add");
                for (int guard = 0; guard < 4 * cells && !b.driver().findElements(open).isEmpty(); guard++) {
                    int onDuty = b.driver().findElements(By.cssSelector("table.board .on-duty")).size();
                    b.click(open);
                    b.visible(By.id("assignForm:member"));
                    b.click(By.id("assignForm:member"));
                    WebElement first = b.visible(By.cssSelector("#assignForm\\:member_items li[data-label*='·']"));
                    String name = first.getAttribute("data-label").split(" · ")[0];
                    b.waitUntil(d -> {
                        if (!d.findElement(By.id("assignForm:member_label")).getText().contains(name)) {
                            d.findElement(By.cssSelector("#assignForm\\:member_items li[data-label^='" + name + "']")).click();
                        }
                        return d.findElement(By.id("assignForm:member_label")).getText().contains(name);
                    });
                    b.click(By.id("assignForm:confirmAssign"));
                    b.waitUntil(d -> d.findElements(By.cssSelector("table.board .on-duty")).size() == onDuty + 1);
                }
                b.step("filled");
                assertTrue(b.driver().findElements(open).isEmpty(), "every seat of the week is filled");
                for (WebElement seats : b.driver().findElements(By.cssSelector("table.board td.cell .seats"))) {
                    assertTrue(seats.getText().equals("2/2"), "two members per site and session: " + seats.getText());
                }
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
