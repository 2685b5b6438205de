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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * A member on the phone says "I cannot come" on a day picked with the phone's own date field, or typed as dd/MM/yyyy
 * where the browser has no such field; what is wrong is said next to its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberRecordBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void aMemberDeclaresADayOffWithThePhonesOwnDateField() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "test-fixtures/member?commune=23575&name=" + URLEncoder.encode("Rơ Mah Hiền", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String member = answer.body().substring("member=".length(), answer.body().indexOf(';'));
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(9);
        try (Browser b = new Browser("member-record", 360, 740)) {
            try {
                b.login(base, member, Fixtures.PASSWORD);
                b.open(base + "me/record.xhtml");
                WebElement date = b.visible(By.id("unavailable:date"));
                assertEquals("date", date.getAttribute("type"));
                // what the phone's picker leaves in the field: the day in ISO form, whatever it shows
                ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", date,
                        day.toString());
                b.type(By.id("unavailable:reason"), "Thi học kỳ");
                b.click(By.id("unavailable:declare"));
                b.waitForText(By.id("unavailable"), day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                b.step("declared");
                String form = b.visible(By.id("unavailable")).getText();
                assertTrue(form.contains("Thi học kỳ"), form);
                Number scripts = (Number) ((JavascriptExecutor) b.driver()).executeScript(
                        "return document.querySelectorAll('script[src*=\"datepicker\"]').length;");
                assertEquals(0, scripts.intValue(), "no PrimeFaces date picker script on the page");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    /** A new member of phường Pleiku with an account of their own; answers its login. */
    private String newMember(String name) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "test-fixtures/member?commune=23575&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return answer.body().substring("member=".length(), answer.body().indexOf(';'));
    }

    @Test
    void aDayTypedAsTheHintSaysIsTakenWhereThereIsNoDateField() throws Exception {
        String member = newMember("Rơ Mah Gõ");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
        String typed = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (Browser b = new Browser("member-record-typed", 360, 740)) {
            try {
                b.login(base, member, Fixtures.PASSWORD);
                b.open(base + "me/record.xhtml");
                WebElement date = b.visible(By.id("unavailable:date"));
                assertEquals("dd/MM/yyyy", date.getAttribute("placeholder"), "the hint a text box shows");
                // a browser without a date field shows a text box: the member types the day as the hint says
                ((JavascriptExecutor) b.driver()).executeScript("arguments[0].type = 'text';", date);
                b.type(By.id("unavailable:date"), typed);
                b.type(By.id("unavailable:reason"), "Đi khám bệnh");
                b.click(By.id("unavailable:declare"));
                b.waitForText(By.id("unavailable"), typed + " · ");
                assertTrue(b.driver().findElement(By.id("unavailable:date_msg")).getText().isBlank());
                b.step("typed");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    @Test
    void whatIsWrongIsSaidNextToItsField() throws Exception {
        String member = newMember("Rơ Mah Thiếu");
        try (Browser b = new Browser("member-record-fields", 360, 740)) {
            try {
                b.login(base, member, Fixtures.PASSWORD);
                b.open(base + "me/record.xhtml");
                b.click(By.id("unavailable:declare"));
                b.waitForText(By.id("unavailable:date_msg"), "Vui lòng chọn ngày và buổi");
                b.waitForText(By.id("unavailable:reason_msg"), "Vui lòng nhập lý do");
                b.step("both missing");

                WebElement date = b.visible(By.id("unavailable:date"));
                // the picker offers no past day (min): a stale page or another browser could still send one
                ((JavascriptExecutor) b.driver()).executeScript("arguments[0].removeAttribute('min');"
                        + "arguments[0].value = arguments[1];", date,
                        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3).toString());
                b.type(By.id("unavailable:reason"), "Ốm");
                b.click(By.id("unavailable:declare"));
                b.waitForText(By.id("unavailable:date_msg"), "Không báo bận cho ngày đã qua");
                assertTrue(b.driver().findElement(By.id("unavailable:reason_msg")).getText().isBlank());
                b.step("past day");

                ((JavascriptExecutor) b.driver()).executeScript(
                        "document.getElementById('preferences:preferredDays:0').checked = true;"
                        + "document.getElementById('preferences:avoidedDays:0').checked = true;");
                b.click(By.id("preferences:savePreferences"));
                b.waitForText(By.id("preferences:avoidedDays_msg"), "vừa muốn trực vừa muốn tránh");
                b.step("preferences");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }
}
