package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every demo role logs in on a 360 px phone screen, sees the menu of its role in Vietnamese, and every page of
 * that menu opens without an error and without scrolling sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesBrowserIT extends BrowserTest {

    /** The menu entries each role must see (ids of the template's links), in menu order. */
    private static final Map<String, List<String>> MENUS = Map.of(
            "tinh.demo", List.of("navHome", "navMembers", "navTeams", "navBoard", "navRequests", "navDashboard",
                    "navWeeklyReport", "navCoverage", "navRatings", "navRatingCriteria", "navTrainings",
                    "navTrainingReport", "navAllowance", "navAllowanceProvince", "navAllowancePolicies", "navImport", "navSites",
                    "navHolidays", "navCatalogue", "navAccounts", "navAudit", "navOutbox", "navInbox", "navPassword"),
            "xa.demo", List.of("navHome", "navMembers", "navTeams", "navBoard", "navRequests", "navDashboard",
                    "navWeeklyReport", "navRatings", "navTrainings", "navTrainingReport",
                    "navAllowance", "navAllowancePolicies", "navImport", "navSites", "navHolidays", "navInbox", "navPassword"),
            "tv.demo", List.of("navHome", "navMyShifts", "navOpen", "navMe", "navMyAllowance", "navInbox", "navPassword"),
            "tt.demo", List.of("navHome", "navSiteToday", "navCentreRequests", "navInbox", "navPassword"),
            "xem.demo", List.of("navHome", "navMembers", "navTeams", "navBoard", "navRequests", "navDashboard",
                    "navWeeklyReport", "navCoverage", "navRatings", "navTrainings",
                    "navTrainingReport", "navAllowance", "navAllowanceProvince", "navAllowancePolicies", "navSites", "navHolidays",
                    "navInbox", "navPassword"));

    @ArquillianResource
    URL base;

    /** The WCAG 2 A and AA rules of axe-core broken on the page shown: "who page rule ×n: first elements". */
    static List<String> accessibility(Browser b, String where) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(b.driver());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(where + ": " + rule.getId() + " ×" + rule.getNodes().size() + ": " + rule.getNodes().stream()
                    .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))
                    + " – " + rule.getNodes().get(0).getFailureSummary().replace('\n', ' '));
        }
        return found;
    }

    @Test
    void everyRoleSeesItsMenuAndEveryPageOpensOnAPhone() {
        List<String> violations = new ArrayList<>();
        try (Browser b = new Browser("pages", 360, 740)) {
            try {
                for (var entry : new java.util.TreeMap<>(MENUS).entrySet()) {
                    String user = entry.getKey();
                    b.login(base, user, "Demo@2026");
                    List<String> shown = new ArrayList<>();
                    for (WebElement a : b.driver().findElements(By.cssSelector("nav.mainnav a"))) {
                        shown.add(a.getAttribute("id"));
                    }
                    assertEquals(entry.getValue(), shown, "menu of " + user);
                    for (String link : entry.getValue()) {
                        b.click(By.id(link));
                        WebElement title = b.visible(By.cssSelector("main h1"));
                        assertFalse(title.getText().isBlank(), link + " has a title");
                        String body = b.driver().findElement(By.tagName("body")).getText();
                        assertFalse(body.contains("Đã có lỗi"), user + " " + link + ": " + body);
                        assertFalse(body.contains("???"), user + " " + link + " shows a missing message key");
                        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                        assertTrue(overflow.intValue() <= 1, user + " " + link + " scrolls sideways by " + overflow);
                        String sortControl = (String) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                                "return Array.from(document.querySelectorAll('.ui-reflow-label, .ui-reflow-dropdown option'))"
                                        + ".map(e => e.textContent).join(' | ');");
                        assertFalse(sortControl.matches("(?s).*\\b(Sort|Ascending|Descending)\\b.*"),
                                user + " " + link + ": the phone's sort control speaks English: " + sortControl);
                        if (link.equals("navMembers")) {
                            assertTrue(sortControl.contains("Sắp xếp") && sortControl.contains("Tăng dần"),
                                    user + " " + link + ": the phone's sort control in Vietnamese: " + sortControl);
                        }
                        violations.addAll(accessibility(b, user + " " + link));
                        b.step(user + "-" + link);
                    }
                    b.click(By.id("langForm:logout"));
                }
                assertTrue(violations.isEmpty(), "axe-core (WCAG 2 A/AA) on every page of every role:\n"
                        + String.join("\n", violations));
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
