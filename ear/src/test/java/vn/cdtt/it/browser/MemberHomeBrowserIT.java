package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.cdtt.it.support.Fixtures;

/**
 * The member's phone (360 px): the home card with the partner to call, the check-in button when the shift is on and
 * the coordinator to call past the cut-off; the menu as a bar at the bottom; and every tap target of the member's
 * pages at least 44 × 44 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberHomeBrowserIT extends BrowserTest {

    /**
     * Every visible thing a thumb can tap on the page that is smaller than 44 px either way, as "id-or-text w×h" (a
     * radio button or check box counts by its label; an element out of the screen, like the skip link, not at all;
     * PrimeFaces' switch, like the inbox's e-mail switch, by the switch itself, not its label).
     */
    private static final String SMALL_TARGETS = """
            const out = [];
            const all = document.querySelectorAll('a[href], button, select, textarea, label[for], [onclick], [role=button],'
                + ' input:not([type=hidden]):not([type=radio]):not([type=checkbox]), .ui-toggleswitch');
            for (const e of all) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom <= 0 || e.closest('.ui-helper-hidden-accessible')) continue;
                if (getComputedStyle(e).visibility === 'hidden') continue;
                if (e.tagName === 'LABEL') {
                    const f = document.getElementById(e.htmlFor);
                    if (!f || (f.type !== 'radio' && f.type !== 'checkbox')) continue;
                }
                if (r.width < 44 || r.height < 44) {
                    out.push((e.id || e.textContent.trim().substring(0, 30) || e.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                }
            }
            return out;
            """;

    /**
     * Every visible check box and radio button smaller than 24 × 24 px (WCAG 2.5.8, the minimum for a target whose
     * neighbours are close; its label is the 44 px target), as "id w×h".
     */
    private static final String SMALL_CHECKS = """
            const out = [];
            for (const e of document.querySelectorAll('input[type=checkbox], input[type=radio]')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || e.closest('.ui-helper-hidden-accessible')) continue;
                if (r.width < 24 || r.height < 24) out.push((e.id || e.name) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
            }
            return out;
            """;

    @ArquillianResource
    URL base;

    private Map<String, String> phoneCard(String when, String member, String partner) throws Exception {
        String url = base + "test-fixtures/phone-card?when=" + when + "&member=" + URLEncoder.encode(member, StandardCharsets.UTF_8)
                + "&partner=" + URLEncoder.encode(partner, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), url);
        Map<String, String> values = new HashMap<>();
        for (String pair : answer.body().split(";")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }

    private static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver()).executeScript(script);
    }

    @Test
    void theHomeCardCallsThePartnerChecksInAndPastTheCutOffCallsTheCoordinator() throws Exception {
        Map<String, String> data = phoneCard("now", "Nay Thị Hoa", "Rơ Mah Tuấn");
        try (Browser b = new Browser("home-card", 360, 740)) {
            try {
                // the commune coordinator leaves a number to be called on
                b.login(base, data.get("coordinator"), Fixtures.PASSWORD);
                b.click(By.id("navPassword"));
                b.type(By.id("contact:phone"), "+84 389 123 456");
                b.click(By.id("contact:savePhone"));
                b.waitUntil(d -> "0389123456".equals(d.findElement(By.id("contact:phone")).getAttribute("value")));
                b.step("coordinator-phone");
                b.click(By.id("langForm:logout"));

                b.login(base, data.get("member"), Fixtures.PASSWORD);
                WebElement card = b.visible(By.id("nextShift"));
                assertTrue(card.getText().contains("Rơ Mah Tuấn"), card.getText());
                String partnerCall = b.visible(By.cssSelector("#nextShift a.partner-call")).getAttribute("href");
                assertTrue(partnerCall.matches("tel:0\\d{9}"), partnerCall);
                assertTrue(b.visible(By.cssSelector("#nextShift a.partner-call")).getText().contains("Gọi Rơ Mah Tuấn"));
                WebElement coordinator = b.visible(By.cssSelector("#nextShift a.coordinator-call"));
                assertEquals("tel:0389123456", coordinator.getAttribute("href"));
                assertTrue(coordinator.getText().contains("Test " + data.get("coordinator")), coordinator.getText());
                b.step("home-card");

                b.click(By.id("home:homeCheckIn"));
                b.waitForText(By.cssSelector("#nextShift .attendance"), "Vào lúc");
                assertTrue(b.driver().findElements(By.id("home:homeCheckIn")).isEmpty(), "checked in once");
                b.step("checked-in");

                b.click(By.id("navMyShifts"));
                WebElement shiftCard = b.visible(By.cssSelector(".next-shift"));
                assertTrue(shiftCard.getText().contains("Vào lúc"), "the same check-in on Ca trực của tôi");
                assertEquals(partnerCall, shiftCard.findElement(By.cssSelector("a.partner-call")).getAttribute("href"));
                assertEquals("tel:0389123456", shiftCard.findElement(By.cssSelector("a.coordinator-call")).getAttribute("href"));
                b.step("my-shifts");

                // the citizens helped, in the phone's own number field (no PrimeFaces inputNumber script)
                b.click(By.cssSelector(".next-shift [id$=':helped']"));
                WebElement count = b.visible(By.cssSelector("#helpedForm input.count"));
                assertEquals("number", count.getAttribute("type"));
                b.type(By.cssSelector("#helpedForm input.count"), "3");
                b.click(By.id("helpedForm:saveHelped"));
                b.waitForText(By.id("messages"), "Đã lưu số người dân được hỗ trợ");
                assertEquals(0L, ((Number) js(b, "return document.querySelectorAll('script[src*=\"inputnumber\"]').length;"))
                        .longValue());
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void aShiftDaysAheadShowsThePartnerButNeitherCheckInNorTheCoordinator() throws Exception {
        Map<String, String> data = phoneCard("later", "Siu Thị Nga", "Ksor Văn Đức");
        try (Browser b = new Browser("home-card-later", 360, 740)) {
            try {
                b.login(base, data.get("member"), Fixtures.PASSWORD);
                WebElement card = b.visible(By.id("nextShift"));
                assertTrue(card.getText().contains("Ksor Văn Đức"), card.getText());
                assertTrue(b.visible(By.cssSelector("#nextShift a.partner-call")).getAttribute("href").startsWith("tel:0"));
                assertTrue(b.driver().findElements(By.id("home:homeCheckIn")).isEmpty(), "no check-in three days ahead");
                assertTrue(b.driver().findElements(By.cssSelector("#nextShift .coordinator-calls")).isEmpty(),
                        "before the cut-off the member hands over on their own");
                b.step("later");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void onAPhoneTheMembersMenuIsABarAtTheBottomWithThePageMarked() throws Exception {
        Map<String, String> data = phoneCard("later", "Đinh Thị Lụa", "Đinh Văn Mơ");
        try (Browser b = new Browser("bottom-bar", 360, 740)) {
            try {
                b.login(base, data.get("member"), Fixtures.PASSWORD);
                assertEquals("fixed", js(b, "return getComputedStyle(document.querySelector('nav.mainnav')).position;"));
                assertEquals(Boolean.TRUE, js(b, "const r = document.querySelector('nav.mainnav').getBoundingClientRect();"
                        + " return Math.abs(r.bottom - window.innerHeight) < 2 && r.width >= window.innerWidth - 1;"));
                assertEquals(Boolean.TRUE, js(b, "return Array.from(document.querySelectorAll('nav.mainnav a')).every(a =>"
                        + " a.querySelector('.nav-icon') && getComputedStyle(a.querySelector('.nav-icon')).display !== 'none' && a.getBoundingClientRect().height >= 44 && a.innerText.trim().length > 0);"),
                        "every entry an icon and a short label, tall enough for a thumb");
                assertEquals("page", b.visible(By.id("navHome")).getAttribute("aria-current"));
                b.click(By.id("navOpen"));
                b.visible(By.cssSelector("main h1"));
                assertEquals("page", b.visible(By.id("navOpen")).getAttribute("aria-current"));
                assertEquals("false", b.driver().findElement(By.id("navHome")).getAttribute("aria-current"));
                assertTrue(b.visible(By.id("navOpen")).getText().contains("Cần người"), b.visible(By.id("navOpen")).getText());
                b.step("bar");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
        try (Browser b = new Browser("bottom-bar-wide", 1280, 800)) {
            try {
                b.login(base, data.get("member"), Fixtures.PASSWORD);
                assertEquals("static", js(b, "return getComputedStyle(document.querySelector('nav.mainnav')).position;"),
                        "a wide screen keeps the row of links");
                assertTrue(b.visible(By.id("navOpen")).getText().contains("Ca cần người"), "the full label on a wide screen");
                b.step("wide");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void everyTapTargetOfTheMembersPagesIsAtLeast44Px() throws Exception {
        Map<String, String> data = phoneCard("now", "Y Thị Bông", "A Văn Thắng");
        List<String> small = new ArrayList<>();
        try (Browser b = new Browser("tap-targets", 360, 740)) {
            try {
                b.open(base + "login.xhtml");
                b.visible(By.id("login:username"));
                ((List<?>) js(b, SMALL_TARGETS)).forEach(t -> small.add("login: " + t));
                b.login(base, data.get("member"), Fixtures.PASSWORD);
                for (String page : List.of("index.xhtml", "me/shifts.xhtml", "me/open.xhtml", "me/record.xhtml",
                        "me/allowance.xhtml", "account/inbox.xhtml", "account/password.xhtml")) {
                    b.open(base + page);
                    b.visible(By.cssSelector("main h1"));
                    ((List<?>) js(b, SMALL_TARGETS)).forEach(t -> small.add(page + ": " + t));
                    ((List<?>) js(b, SMALL_CHECKS)).forEach(t -> small.add(page + ": check box " + t));
                    b.step(page.replace('/', '-'));
                }
                assertTrue(small.isEmpty(), "tap targets under 44 × 44 px, check boxes under 24 × 24 px:\n" + String.join("\n", small));
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
