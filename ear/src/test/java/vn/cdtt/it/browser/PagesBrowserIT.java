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

    /** The menu entries each role must see (ids of the template's links), in menu order (the groups' links in theirs). */
    private static final Map<String, List<String>> MENUS = Map.of(
            "tinh.demo", List.of("navHome", "navBoard", "navRequests", "navCoverage", "navSites", "navHolidays",
                    "navMembers", "navTeams", "navImport", "navTrainings", "navTrainingReport", "navAllowance",
                    "navAllowanceProvince", "navAllowancePolicies", "navDashboard", "navWeeklyReport", "navRatings",
                    "navRatingCriteria", "navCatalogue", "navAccounts", "navAudit", "navOutbox", "navInbox", "navPassword"),
            "xa.demo", List.of("navHome", "navBoard", "navRequests", "navSites", "navHolidays", "navMembers", "navTeams",
                    "navImport", "navTrainings", "navTrainingReport", "navAllowance", "navAllowancePolicies",
                    "navDashboard", "navWeeklyReport", "navRatings", "navInbox", "navPassword"),
            "tv.demo", List.of("navHome", "navMyShifts", "navOpen", "navMe", "navMyAllowance", "navInbox", "navPassword"),
            "tt.demo", List.of("navHome", "navSiteToday", "navCentreRequests", "navInbox", "navPassword"),
            "xem.demo", List.of("navHome", "navBoard", "navRequests", "navCoverage", "navSites", "navHolidays",
                    "navMembers", "navTeams", "navTrainings", "navTrainingReport", "navAllowance", "navAllowanceProvince",
                    "navAllowancePolicies", "navDashboard", "navWeeklyReport", "navRatings", "navInbox", "navPassword"));

    /** What the menu shows before anything is opened: its links and its groups' buttons, counts left out. */
    private static final String TOP_LEVEL = """
            return Array.from(document.querySelectorAll('nav.mainnav > a, nav.mainnav details > summary'))
                .filter(e => e.getBoundingClientRect().height > 0)
                .map(e => e.innerText.replace(/\\s*\\(\\d+\\)\\s*$/, '').trim());
            """;

    @ArquillianResource
    URL base;

    /**
     * The WCAG 2.0 and 2.1 A and AA rules of axe-core broken on the page shown: "who page rule ×n: first elements".
     * {@code label-content-name-mismatch} (WCAG 2.5.3: what a screen reader says contains the text on the screen) is
     * tagged "experimental" by axe, which leaves it out of every tag unless it is asked for by name; text whose colour
     * equals its background's (white on white) is only "to be reviewed" for axe – both count here as violations.
     */
    static List<String> accessibility(Browser b, String where) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .withRules(List.of("label-content-name-mismatch")).analyze(b.driver());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(where + ": " + rule.getId() + " ×" + rule.getNodes().size() + ": " + rule.getNodes().stream()
                    .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))
                    + " – " + rule.getNodes().get(0).getFailureSummary().replace('\n', ' '));
        }
        for (Rule rule : results.getIncomplete()) {
            List<String> invisible = rule.getId().equals("color-contrast") ? rule.getNodes().stream()
                    .filter(n -> n.getAny().stream().anyMatch(c -> String.valueOf(c.getData()).contains("equalRatio")))
                    .map(n -> String.valueOf(n.getTarget())).toList() : List.of();
            if (!invisible.isEmpty()) {
                found.add(where + ": color-contrast ×" + invisible.size() + ": " + String.join(", ", invisible)
                        + " – text in the colour of its background");
            }
        }
        return found;
    }

    /** How far the document is wider than the window's inside (without a scroll bar), and what sticks out. */
    static String overflow(Browser b) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(CoordinatorPhoneBrowserIT.OVERFLOW);
    }

    /**
     * Fields drawn over each other: every pair of visible inputs, drop-downs and text areas of the page whose boxes
     * overlap (a date picker's input wider than its field ran under the next field). PrimeFaces' invisible file input
     * stretched over its button does not count.
     */
    static List<?> overlappingFields(Browser b) {
        return (List<?>) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("""
                const fields = [];
                for (const e of document.querySelectorAll('main input:not([type=hidden]):not([type=checkbox]):not([type=radio]),'
                        + ' main select, main textarea, main .ui-selectonemenu')) {
                    const r = e.getBoundingClientRect();
                    if (r.width < 3 || r.height < 3 || e.closest('.ui-helper-hidden-accessible')
                            || getComputedStyle(e).opacity === '0') continue;
                    fields.push([e, r]);
                }
                const out = [];
                for (let i = 0; i < fields.length; i++) {
                    for (let j = i + 1; j < fields.length; j++) {
                        const [a, ra] = fields[i], [c, rc] = fields[j];
                        if (a.contains(c) || c.contains(a)) continue;
                        const x = Math.min(ra.right, rc.right) - Math.max(ra.left, rc.left);
                        const y = Math.min(ra.bottom, rc.bottom) - Math.max(ra.top, rc.top);
                        if (x > 1 && y > 1) out.push('#' + a.id + ' and #' + c.id + ' overlap ' + Math.round(x) + '×' + Math.round(y) + ' px');
                    }
                }
                return out;
                """);
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
                        // against the layout viewport: a phone's window (innerWidth) zooms out to a page wider than it
                        String overflow = overflow(b);
                        if (!overflow.isEmpty()) {
                            violations.add(user + " " + link + " scrolls sideways by " + overflow);
                        }
                        overlappingFields(b).forEach(o -> violations.add(user + " " + link + ": " + o));
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
                assertTrue(violations.isEmpty(), "axe-core (WCAG 2.1 A/AA) and sideways scrolling on every page of every role:\n"
                        + String.join("\n", violations));
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /**
     * On a 1366 px desktop, every page of the province coordinator's menu (which holds every coordinator's and viewer's
     * page) passes the same axe-core rules, does not scroll sideways, and has no field drawn over another.
     */
    @Test
    void everyPageOfTheProvinceCoordinatorFitsADesktop() {
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser("pages-1366", 1366, 768)) {
            try {
                b.login(base, "tinh.demo", "Demo@2026");
                for (String link : MENUS.get("tinh.demo")) {
                    b.click(By.id(link));
                    b.visible(By.cssSelector("main h1"));
                    String overflow = overflow(b);
                    if (!overflow.isEmpty()) {
                        problems.add(link + " scrolls sideways by " + overflow);
                    }
                    overlappingFields(b).forEach(o -> problems.add(link + ": " + o));
                    problems.addAll(accessibility(b, "tinh.demo " + link));
                    b.step(link);
                }
                assertTrue(problems.isEmpty(), "at 1366 px:\n" + String.join("\n", problems));
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /**
     * The province coordinator's menu is grouped by task, the same on a 360 px phone and a 1366 px desktop: nine
     * entries before anything is opened; a group opens by click or by keyboard (Enter on its button, Tab into its
     * list, Escape closes it and gives the focus back), one at a time, closes on a click elsewhere, fits the phone's
     * screen when open, and marks the group of the page shown.
     */
    @Test
    void theMenuIsGroupedByTaskTheSameOnAPhoneAndADesktop() {
        for (int width : new int[] {360, 1366}) {
            try (Browser b = new Browser("menu-" + width, width, 800)) {
                try {
                    b.login(base, "tinh.demo", "Demo@2026");
                    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) b.driver();
                    assertEquals(List.of("Trang chủ", "Lịch trực", "Thành viên", "Tập huấn", "Phụ cấp", "Báo cáo",
                            "Quản trị", "Thông báo", "Đổi mật khẩu"), js.executeScript(TOP_LEVEL), "menu at " + width);
                    assertFalse(b.driver().findElement(By.id("navBoard")).isDisplayed(), "the groups start closed");

                    WebElement duty = b.visible(By.id("navGroupDuty"));
                    js.executeScript("arguments[0].focus();", duty);
                    duty.sendKeys(org.openqa.selenium.Keys.ENTER);
                    b.visible(By.id("navBoard"));
                    b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
                    assertEquals("navBoard", b.driver().switchTo().activeElement().getAttribute("id"), "Tab goes into the list");
                    b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
                    b.waitUntil(d -> !d.findElement(By.id("navBoard")).isDisplayed());
                    assertEquals("navGroupDuty", b.driver().switchTo().activeElement().getAttribute("id"),
                            "Escape gives the focus back to the group's button");

                    b.click(By.id("navGroupReports"));
                    b.visible(By.id("navRatings"));
                    String wide = overflow(b);
                    assertTrue(wide.isEmpty(), "an open group fits the screen at " + width + ": " + wide);
                    b.step("reports-open");
                    b.click(By.id("navGroupAllowance"));
                    b.visible(By.id("navAllowance"));
                    b.waitUntil(d -> !d.findElement(By.id("navRatings")).isDisplayed());
                    b.click(By.cssSelector("header.topbar .who"));
                    b.waitUntil(d -> !d.findElement(By.id("navAllowance")).isDisplayed());

                    b.click(By.id("navRatings"));
                    b.waitForText(By.cssSelector("main h1"), "Xếp loại");
                    assertEquals("page", b.driver().findElement(By.id("navRatings")).getAttribute("aria-current"));
                    assertTrue(b.driver().findElement(By.id("navGroupReports")).findElement(By.xpath(".."))
                            .getAttribute("class").contains("current"), "the group of the page shown is marked");
                    b.step("ratings");
                } catch (AssertionError | RuntimeException e) {
                    b.failed();
                    throw e;
                }
            }
        }
    }
}
