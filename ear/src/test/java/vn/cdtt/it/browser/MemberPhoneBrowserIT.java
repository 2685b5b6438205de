package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.cdtt.it.support.Fixtures;

/**
 * The member's phone (360 px): the shift under way with the partner on duty, check-in, and the calendar feed
 * that a calendar app reads; then the centre staff of the site mark the partner as a no-show.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberPhoneBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    /** A shift under way now with two new members; the accounts of the first member and of the site's staff. */
    private Map<String, String> shiftNow(String member, String partner) throws Exception {
        String query = "member=" + java.net.URLEncoder.encode(member, StandardCharsets.UTF_8) + "&partner="
                + java.net.URLEncoder.encode(partner, StandardCharsets.UTF_8);
        String answer = get(base + "test-fixtures/shift-now?" + query);
        Map<String, String> values = new HashMap<>();
        for (String pair : answer.split(";")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    @Test
    void aMemberSeesTheShiftOnThePhoneChecksInAndSubscribesToTheCalendar() throws Exception {
        Map<String, String> data = shiftNow("Lê Thị Hằng", "Đỗ Văn Khoa");
        try (Browser b = new Browser("member-phone", 360, 740)) {
            try {
                b.login(base, data.get("member"), Fixtures.PASSWORD);
                b.click(By.id("navMyShifts"));
                String card = b.visible(By.cssSelector(".next-shift")).getText();
                assertTrue(card.contains("Điểm thử"), card);
                assertTrue(card.contains("Đỗ Văn Khoa"), "the partner on duty: " + card);
                b.step("shift");
                b.click(By.cssSelector(".next-shift [id$='checkIn']"));
                b.waitForText(By.cssSelector(".next-shift .attendance"), "Vào lúc");
                assertTrue(b.driver().findElements(By.cssSelector(".next-shift [id$='checkIn']")).isEmpty());
                b.step("checked-in");
                Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.intValue() <= 1, "no sideways scrolling at 360 px: " + overflow);

                b.click(By.id("shifts:showCalendar"));
                String url = b.visible(By.id("shifts:calendarUrl")).getAttribute("value");
                b.step("calendar");
                Calendar calendar = new CalendarBuilder().build(new StringReader(get(url)));
                List<VEvent> events = calendar.getComponents("VEVENT");
                assertTrue(events.stream().anyMatch(e -> e.getSummary().getValue().contains("Điểm thử")
                        && e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue().equals("Asia/Ho_Chi_Minh")),
                        events.toString());
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /**
     * The demo member hands a coming shift over on a 360 px phone: the dialog lists free colleagues, a few letters of
     * a name without diacritics find that colleague, the card then says whom it waits for, and the request is
     * withdrawn again (the demo stays as it was).
     */
    @Test
    void aMemberHandsAShiftOverToAColleagueFoundByName() {
        try (Browser b = new Browser("hand-over", 360, 740)) {
            try {
                b.login(base, "tv.demo", "Demo@2026");
                b.click(By.id("navMyShifts"));
                b.click(By.cssSelector("[id$=':swap']"));
                String first = b.visible(By.cssSelector("#swapForm\\:colleague label")).getText();
                String[] words = java.text.Normalizer.normalize(first.replace('đ', 'd').replace('Đ', 'D'),
                        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase().split(" ");
                b.type(By.id("swapForm:search"), words[words.length - 1]);
                b.click(By.id("swapForm:find"));
                b.waitUntil(d -> d.findElements(By.cssSelector("#swapForm\\:colleague label")).stream()
                        .allMatch(l -> l.getText().toLowerCase().contains(first.substring(first.lastIndexOf(' ') + 1)
                                .toLowerCase())));
                b.step("found");
                b.driver().findElements(By.cssSelector("#swapForm\\:colleague label")).stream()
                        .filter(l -> l.getText().equals(first)).findFirst().orElseThrow().click();
                b.click(By.id("swapForm:sendSwap"));
                b.waitForText(By.cssSelector(".swap-pending"), first);
                b.step("pending");
                b.click(By.cssSelector("[id$=':cancelSwap']"));
                b.waitUntil(d -> d.findElements(By.cssSelector(".swap-pending")).isEmpty());
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void centreStaffMarkANoShowAtTheirSite() throws Exception {
        Map<String, String> data = shiftNow("Hồ Thị Lan", "Mai Văn Nam");
        try (Browser b = new Browser("staff", 360, 740)) {
            try {
                b.login(base, data.get("staff"), Fixtures.PASSWORD);
                b.click(By.id("navSiteToday"));
                By nam = By.xpath("//div[contains(@class,'duty-row')][.//strong[text()='Mai Văn Nam']]");
                b.visible(nam);
                b.step("today");
                b.click(By.xpath("//div[contains(@class,'duty-row')][.//strong[text()='Mai Văn Nam']]//button[contains(@id,'noShow')]"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                b.visible(By.xpath("//div[contains(@class,'duty-row')][.//strong[text()='Mai Văn Nam']]"
                        + "//span[contains(@class,'presence-ABSENT')]"));
                b.step("no-show");
                String lan = b.visible(By.xpath("//div[contains(@class,'duty-row')][.//strong[text()='Hồ Thị Lan']]")).getText();
                assertTrue(lan.contains("Chưa xác nhận"), lan);
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
