package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Coordinators on a 360 px phone (issue 12 §4): no page of their menu, nor the training session page behind the
 * training list and the member record behind the member list, scrolls sideways – the document is no wider than the part of the window it is drawn in
 * ({@code clientWidth}, without the scroll bar), and the test names what sticks out when one does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoordinatorPhoneBrowserIT extends BrowserTest {

    /** How far the document is wider than the window's inside, and the widest elements that stick out. */
    static final String OVERFLOW = """
            const w = document.documentElement.clientWidth;
            const over = document.documentElement.scrollWidth - w;
            if (over <= 1) return '';
            const out = [];
            for (const e of document.querySelectorAll('main *')) {
                const r = e.getBoundingClientRect();
                if (r.width > 0 && r.right > w + 1 && !e.closest('.ui-helper-hidden-accessible')) {
                    out.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + String(e.className).split(' ').slice(0, 2).join('.'))
                        + ' ' + Math.round(r.left) + '→' + Math.round(r.right));
                }
                if (out.length > 6) break;
            }
            return over + ' px: ' + out.join(', ');
            """;

    private static final Map<String, List<String>> PAGES = Map.of(
            "xa.demo", List.of("navMembers", "navTeams", "navBoard", "navRequests", "navTrainings", "navTrainingReport",
                    "navAllowance", "navAllowancePolicies", "navImport", "navSites", "navHolidays", "navInbox", "navPassword"),
            "tinh.demo", List.of("navRatingCriteria", "navCoverage", "navAllowanceProvince", "navCatalogue", "navAccounts", "navAudit",
                    "navOutbox"));

    @ArquillianResource
    URL base;

    @Test
    void noCoordinatorPageScrollsSidewaysOnAPhone() {
        List<String> wide = new ArrayList<>();
        try (Browser b = new Browser("coordinator-360", 360, 740)) {
            try {
                for (var entry : new java.util.TreeMap<>(PAGES).entrySet()) {
                    b.login(base, entry.getKey(), "Demo@2026");
                    for (String link : entry.getValue()) {
                        b.click(By.id(link));
                        b.visible(By.cssSelector("main h1"));
                        check(b, entry.getKey() + " " + link, wide);
                        if (link.equals("navMembers")) {
                            List<WebElement> member = b.driver().findElements(By.cssSelector("main a[href*='roster/member.xhtml']"));
                            if (!member.isEmpty()) {
                                b.open(member.get(0).getAttribute("href"));
                                b.visible(By.cssSelector("main h1"));
                                check(b, entry.getKey() + " member record", wide);
                            }
                        }
                        if (link.equals("navTrainings")) {
                            List<WebElement> sessions = b.driver().findElements(By.cssSelector("main a[href*='training/session']"));
                            if (!sessions.isEmpty()) {
                                b.open(sessions.get(0).getAttribute("href"));
                                b.visible(By.cssSelector("main h1"));
                                check(b, entry.getKey() + " training session", wide);
                            }
                            b.open(base + "training/session.xhtml");
                            b.visible(By.cssSelector("main h1"));
                            check(b, entry.getKey() + " new training session", wide);
                        }
                        b.step(entry.getKey() + "-" + link);
                    }
                    b.click(By.id("langForm:logout"));
                }
                assertTrue(wide.isEmpty(), "pages wider than a 360 px phone:\n" + String.join("\n", wide));
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    private static void check(Browser b, String where, List<String> wide) {
        String over = (String) ((JavascriptExecutor) b.driver()).executeScript(OVERFLOW);
        if (!over.isEmpty()) {
            wide.add(where + ": " + over);
        }
    }
}
