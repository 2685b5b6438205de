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

/** A member on the phone says "I cannot come" on a day picked with the phone's own date field. */
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
}
