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
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cdtt.it.support.Fixtures;

/**
 * The member's phone without signal (issue 12 §2): the app is installable (manifest linked and valid, service
 * worker registered), every member's page seen once online opens again in airplane mode with the "Bản lưu lúc
 * dd/MM/yyyy HH:mm – đang ngoại tuyến" banner and is gone after signing out, a check-in made there is kept, and it
 * lands with the time it was made when the signal returns.
 * "Without signal" is both DevTools' offline emulation of the page (navigator.onLine false) and a cut {@link Relay}
 * between the browser and the server (the service worker's own requests fail too).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineBrowserIT extends BrowserTest {

    /** The banner on a kept copy: the time that copy was made. */
    private static final String BANNER = "Bản lưu lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d – đang ngoại tuyến";

    /** Every page of the member's bottom bar, with the id of its link there. */
    private static final Map<String, String> MEMBER_PAGES = new java.util.LinkedHashMap<>();

    static {
        MEMBER_PAGES.put("index.xhtml", "navHome");
        MEMBER_PAGES.put("me/shifts.xhtml", "navMyShifts");
        MEMBER_PAGES.put("me/open.xhtml", "navOpen");
        MEMBER_PAGES.put("me/record.xhtml", "navMe");
        MEMBER_PAGES.put("me/allowance.xhtml", "navMyAllowance");
        MEMBER_PAGES.put("account/inbox.xhtml", "navInbox");
        MEMBER_PAGES.put("account/password.xhtml", "navPassword");
    }

    /** Whether the service worker controls the page and has kept a copy of it (the current address). */
    private static final String KEPT = """
            const done = arguments[arguments.length - 1];
            if (!navigator.serviceWorker.controller) { done(false); return; }
            caches.keys().then(keys => {
                const page = keys.find(k => k.startsWith('cdtt-page-'));
                return page ? caches.open(page).then(c => c.match(location.pathname)).then(r => !!r) : false;
            }).then(done, () => done(false));
            """;

    @ArquillianResource
    URL base;

    /**
     * Each page of the member's bottom bar – home, shifts, open seats, record, allowance, notifications, password – is
     * opened once online; without signal each opens again from the phone with the banner "Bản lưu lúc dd/MM/yyyy
     * HH:mm – đang ngoại tuyến", its title and the member's own data (the name in the header, the partner on the
     * home card). After signing out, nothing of the member is kept on the phone.
     */
    @Test
    void everyMemberPageSeenOnlineOpensWithoutSignalWithItsTimeAndIsGoneAfterSigningOut() throws Exception {
        String member = shiftNow("Ksor H'Nhi", "Rơ Châm Phi");
        try (Relay signal = new Relay(base.getHost(), base.getPort());
             Browser b = new Browser("offline-pages", 360, 740)) {
            String app = "http://localhost:" + signal.port() + base.getPath();
            ChromeDriver chrome = (ChromeDriver) b.driver();
            try {
                b.login(new URL(app), member, Fixtures.PASSWORD);
                String name = b.visible(By.id("userName")).getText();
                Map<String, String> titles = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, String> page : MEMBER_PAGES.entrySet()) {
                    b.click(By.id(page.getValue()));
                    b.waitUntil(d -> d.getCurrentUrl().contains(page.getKey()));
                    titles.put(page.getKey(), b.visible(By.cssSelector("main h1")).getText());
                    b.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(KEPT)));
                }
                b.step("online");

                signal.cut();
                chrome.executeCdpCommand("Network.enable", Map.of());
                network(chrome, true);
                for (String page : MEMBER_PAGES.keySet()) {
                    b.open(app + page);
                    String banner = b.visible(By.cssSelector("#pwa .pwa-offline")).getText();
                    assertTrue(banner.matches(BANNER), page + ": " + banner);
                    assertEquals(titles.get(page), b.visible(By.cssSelector("main h1")).getText(), page);
                    assertEquals(name, b.visible(By.id("userName")).getText(), page);
                    if (page.equals("index.xhtml")) {
                        assertTrue(b.visible(By.tagName("main")).getText().contains("Rơ Châm Phi"), "the partner");
                    }
                    b.step("offline-" + page.replace('/', '-'));
                }

                signal.restore();
                network(chrome, false);
                b.open(app + "index.xhtml");
                b.click(By.id("langForm:logout"));
                b.visible(By.id("login:username"));
                b.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        caches.keys().then(keys => done(!keys.some(k => k.startsWith('cdtt-page-'))),
                            () => done(false));
                        """)));
                b.step("signed-out");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void aMemberOpensTheirShiftsInAirplaneModeChecksInAndTheCheckInLandsWhenOnline() throws Exception {
        String member = shiftNow("Rơ Lan Hoa", "Kpă Thị Nguyệt");
        try (Relay signal = new Relay(base.getHost(), base.getPort());
             Browser b = new Browser("offline", 360, 740)) {
            String app = "http://localhost:" + signal.port() + base.getPath();
            ChromeDriver chrome = (ChromeDriver) b.driver();
            JavascriptExecutor js = chrome;
            try {
                b.login(new URL(app), member, Fixtures.PASSWORD);
                List<?> manifest = (List<?>) js.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const link = document.querySelector('link[rel=manifest]');
                        fetch(link.href).then(r => r.json().then(m => done([r.headers.get('Content-Type'),
                            m.short_name, m.display, m.start_url, m.icons.map(i => i.sizes + ' ' + i.purpose).join(',')])))
                          .catch(e => done(['failed ' + e]));
                        """);
                assertEquals("application/manifest+json", String.valueOf(manifest.get(0)).split(";")[0], manifest.toString());
                assertEquals(List.of("CDTT", "standalone", "./me/shifts.xhtml"), manifest.subList(1, 4));
                assertTrue(manifest.get(4).toString().contains("192x192 any")
                        && manifest.get(4).toString().contains("512x512 maskable"), manifest.toString());

                b.click(By.id("navMyShifts"));
                b.visible(By.cssSelector(".next-shift [id$='checkIn']"));
                // the service worker registers, takes the page over and keeps a copy of it for this account
                b.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(KEPT)));
                b.step("online");

                signal.cut();
                chrome.executeCdpCommand("Network.enable", Map.of());
                network(chrome, true);
                chrome.navigate().refresh();
                String banner = b.visible(By.cssSelector("#pwa .pwa-offline")).getText();
                assertTrue(banner.matches(BANNER), banner);
                String card = b.visible(By.cssSelector(".next-shift")).getText();
                assertTrue(card.contains("Kpă Thị Nguyệt"), "the partner, readable without signal: " + card);
                b.step("offline");

                b.click(By.cssSelector(".next-shift [id$='checkIn']"));
                b.waitForText(By.cssSelector("#pwa .pwa-notice"), "Đã lưu, sẽ gửi khi có mạng");
                b.step("queued");

                signal.restore();
                network(chrome, false);
                b.waitForText(By.cssSelector("#pwa .pwa-notice"), "Đã gửi điểm danh");
                b.waitForText(By.cssSelector(".next-shift .attendance"), "Vào lúc");
                assertTrue(chrome.findElements(By.cssSelector("#pwa .pwa-offline")).isEmpty(), "online again: no banner");
                b.step("sent");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /**
     * The page was loaded online before the check-in window opened (the button is on the card, hidden, with the
     * window as data attributes); without signal, once the phone's clock reaches the window, pwa.js shows the button,
     * the check-in is queued and lands when the signal returns (issue 12 §2). The shift's window opens 40 s after the
     * fixture made it.
     */
    @Test
    void aCheckInWindowThatOpensAfterThePageWasLoadedStillChecksInWithoutSignal() throws Exception {
        String url = base + "test-fixtures/shift-soon?opensIn=40&member=" + URLEncoder.encode("Siu Thị Hạnh", StandardCharsets.UTF_8)
                + "&partner=" + URLEncoder.encode("Rơ Mah Thị Bình", StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assumptions.assumeTrue(answer.statusCode() != 409, "the shift would not fit into today");
        assertEquals(200, answer.statusCode(), answer.body());
        String member = answer.body().substring("member=".length());
        try (Relay signal = new Relay(base.getHost(), base.getPort());
             Browser b = new Browser("offline-later", 360, 740)) {
            String app = "http://localhost:" + signal.port() + base.getPath();
            ChromeDriver chrome = (ChromeDriver) b.driver();
            By checkIn = By.cssSelector(".next-shift [id$='checkIn']");
            try {
                b.login(new URL(app), member, Fixtures.PASSWORD);
                b.click(By.id("navMyShifts"));
                b.visible(By.cssSelector(".next-shift"));
                org.openqa.selenium.WebElement button = chrome.findElement(checkIn);
                assertTrue(!button.isDisplayed(), "the window has not opened yet: the button waits, hidden");
                long from = Long.parseLong(button.getAttribute("data-checkin-from"));
                long until = Long.parseLong(button.getAttribute("data-checkin-until"));
                assertEquals(80 * 60 * 1000L, until - from, "from 30 minutes before the start to the end (50 minutes)");
                b.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(KEPT)));
                b.step("online-early");

                signal.cut();
                chrome.executeCdpCommand("Network.enable", Map.of());
                network(chrome, true);
                chrome.navigate().refresh();
                b.visible(By.cssSelector("#pwa .pwa-offline"));
                new org.openqa.selenium.support.ui.WebDriverWait(chrome, java.time.Duration.ofSeconds(90))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(checkIn));
                b.step("window-open-offline");
                b.click(checkIn);
                b.waitForText(By.cssSelector("#pwa .pwa-notice"), "Đã lưu, sẽ gửi khi có mạng");

                signal.restore();
                network(chrome, false);
                b.waitForText(By.cssSelector("#pwa .pwa-notice"), "Đã gửi điểm danh");
                b.waitForText(By.cssSelector(".next-shift .attendance"), "Vào lúc");
                b.step("sent-later");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /**
     * Hồ sơ của tôi, panel "Nhận thông báo": the member turns push off and saves; the choice stays after a reload; the
     * device button asks the browser and says what it answered (headless Chromium grants no push: one of the
     * panel's own messages, never silence).
     */
    @Test
    void aMemberChoosesTheirNotificationChannelsOnTheirRecordPage() throws Exception {
        String url = base + "test-fixtures/member?commune=21952&name="
                + URLEncoder.encode("Rơ Ô Thương", StandardCharsets.UTF_8);
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        String member = body.substring("member=".length(), body.indexOf(';'));
        try (Browser b = new Browser("channels", 360, 740)) {
            try {
                b.login(base, member, Fixtures.PASSWORD);
                b.click(By.id("navMe"));
                assertTrue(b.visible(By.id("channels:push")).isSelected(), "push is on until the member turns it off");
                b.click(By.id("channels:push"));
                b.click(By.id("channels:saveChannels"));
                b.waitForText(By.tagName("body"), "Đã lưu lựa chọn nhận thông báo");
                b.driver().navigate().refresh();
                assertTrue(!b.visible(By.id("channels:push")).isSelected(), "saved: off after a reload");
                assertTrue(b.visible(By.id("channels:devices")).getText().endsWith(": 0"));
                b.click(By.id("pushEnable"));
                b.waitUntil(d -> !d.findElement(By.id("pushStatus")).getText().isBlank());
                String status = b.driver().findElement(By.id("pushStatus")).getText();
                assertTrue(List.of("Trình duyệt không cho phép thông báo; hãy bật lại trong cài đặt của trình duyệt.",
                        "Trình duyệt này không hỗ trợ thông báo đẩy.", "Đã bật thông báo đẩy trên thiết bị này.")
                        .contains(status), status);
                b.step("channels");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    private static void network(ChromeDriver chrome, boolean offline) {
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** A member of xã Chư Prông with a shift under way now (FixtureServlet); answers the member's login. */
    private String shiftNow(String member, String partner) throws Exception {
        String url = base + "test-fixtures/shift-now?member=" + URLEncoder.encode(member, StandardCharsets.UTF_8)
                + "&partner=" + URLEncoder.encode(partner, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String pair : answer.body().split(";")) {
            if (pair.startsWith("member=")) {
                return pair.substring("member=".length());
            }
        }
        throw new IllegalStateException("no member from " + url + ": " + answer.body());
    }
}
