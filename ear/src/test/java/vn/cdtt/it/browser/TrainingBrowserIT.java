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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.cdtt.it.support.Fixtures;

/**
 * A coordinator plans a training session for today, the trainer sees it on the phone, the coordinator records
 * the result with a photo, and the report counts the participants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    private String newTrainer(String name) throws Exception {
        String answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "test-fixtures/member?commune=23575&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return answer.substring("member=".length(), answer.indexOf(';'));
    }

    private static long figure(Browser b) {
        return Long.parseLong(b.visible(By.id("participants")).getText().trim());
    }

    /** Ticks the first option of a PrimeFaces checkbox menu. */
    private static void tickFirst(Browser b, String id) {
        b.click(By.id(id));
        b.click(By.cssSelector("#" + id.replace(":", "\\:") + "_panel li.ui-selectcheckboxmenu-item .ui-chkbox-box"));
        b.click(By.cssSelector("main h1"));
        b.waitUntil(d -> !d.findElement(By.id(id + "_panel")).isDisplayed());
    }

    private static void typeInto(Browser b, String id, String text) {
        WebElement input = b.visible(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        input.sendKeys(Keys.ESCAPE);
        b.driver().findElement(By.cssSelector("main h1")).click();
    }

    /** A masked input's value, set as if typed in full. */
    private static void setValue(Browser b, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                b.visible(By.id(id)), value);
    }

    /** Picks an option of a PrimeFaces select menu by its label, until the menu shows it. */
    private static void choose(Browser b, String id, String label) {
        By shown = By.id(id + "_label");
        b.waitUntil(d -> {
            if (!d.findElement(shown).getText().contains(label)) {
                try {
                    if (!d.findElement(By.id(id + "_panel")).isDisplayed()) {
                        d.findElement(By.id(id)).click();
                    }
                    d.findElement(By.cssSelector("#" + id.replace(":", "\\:") + "_items li[data-label='" + label + "']"))
                            .click();
                } catch (org.openqa.selenium.ElementNotInteractableException e) {
                    return false; // the panel is still opening: try again
                }
            }
            return d.findElement(shown).getText().contains(label);
        });
    }

    @Test
    void aCoordinatorPlansRunsAndRecordsASessionAndTheReportCountsIt() throws Exception {
        // a name no demo member has (every run has a new database), so the pick list offers exactly this trainer
        String name = "Lý Thị Huấn";
        String trainer = newTrainer(name);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path photo = Files.createTempFile("buoi-tap-huan", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        try (Browser b = new Browser("training", 1280, 900)) {
            try {
                b.login(base, "xa.demo", "Demo@2026");
                b.click(By.id("navTrainingReport"));
                long before = figure(b);
                b.click(By.id("navTrainings"));
                b.click(By.id("sessions:new"));
                typeInto(b, "plan:place", "Nhà văn hoá tổ dân phố 7");
                typeInto(b, "plan:date_input", today);
                setValue(b, "plan:start", "00:05");
                setValue(b, "plan:end", "23:55");
                b.step("typed");
                tickFirst(b, "plan:topics");
                tickFirst(b, "plan:groups");
                tickFirst(b, "plan:languages");
                choose(b, "plan:lead", name);
                b.step("planned");
                b.click(By.id("plan:save"));
                b.waitForText(By.id("status"), "Đã lên kế hoạch");
                String sessionUrl = b.driver().getCurrentUrl();

                try (Browser phone = new Browser("trainer-phone", 360, 740)) {
                    try {
                        phone.login(base, trainer, Fixtures.PASSWORD);
                        phone.click(By.id("navMyShifts"));
                        String card = phone.visible(By.cssSelector(".my-training")).getText();
                        assertTrue(card.contains("Nhà văn hoá tổ dân phố 7"), card);
                        phone.step("trainer-sees-it");
                    } catch (AssertionError | RuntimeException e) {
                        phone.failed();
                        throw e;
                    }
                }

                b.open(sessionUrl);
                String[][] counts = {{"participants", "24"}, {"male", "10"}, {"female", "14"}, {"under16", "4"},
                    {"age16to59", "12"}, {"age60plus", "8"}, {"ethnicMinority", "6"}, {"vneidActivated", "9"},
                    {"dossiersFiled", "3"}, {"epaymentOpened", "2"}};
                // a figure beyond the rule is refused next to its field, not cut to the largest allowed
                b.type(By.id("result:participants"), "20000");
                b.click(By.id("result:record"));
                b.waitForText(By.id("result:participants_msg"), "Số liệu quá lớn");
                assertEquals("20000", b.visible(By.id("result:participants")).getAttribute("value"));
                b.step("result-refused");
                for (String[] c : counts) {
                    WebElement input = b.visible(By.id("result:" + c[0]));
                    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), c[1]);
                }
                b.step("result");
                b.click(By.id("result:record"));
                b.waitForText(By.id("status"), "Đã tổ chức");

                b.driver().findElement(By.cssSelector("#evidence input[type='file']")).sendKeys(photo.toAbsolutePath().toString());
                b.click(By.id("evidence:upload"));
                b.waitForText(By.id("evidence"), photo.getFileName().toString());
                b.step("evidence");

                b.click(By.id("navTrainingReport"));
                assertEquals(before + 24, figure(b), "the report counts the new session's participants");
                b.step("report");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
