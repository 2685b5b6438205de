package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The login page says the same for a wrong password and an unknown name, and how long to wait when throttled. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT extends BrowserTest {

    private static final String FAILED = "Tên đăng nhập hoặc mật khẩu không đúng.";
    private static final String THROTTLED = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ";

    @ArquillianResource
    URL base;

    @Test
    void failuresDoNotTellWhichNamesExistAndGuessingSlowsDown() {
        try (Browser b = new Browser("login", 360, 740)) {
            try {
                assertEquals(FAILED, attempt(b, "tv.demo", "Sai-mat-khau-1"));
                assertEquals(FAILED, attempt(b, "khong.co.ai", "Sai-mat-khau-1"));
                b.step("same message");

                String guessed = "ghost" + System.nanoTime() % 1_000_000;
                int failures = 0;
                String message = attempt(b, guessed, "guess0");
                // the waits double (2, 4, 8 … s), so a page round trip soon falls inside one
                while (message.equals(FAILED) && failures < 12) {
                    failures++;
                    message = attempt(b, guessed, "guess" + failures);
                }
                assertTrue(failures >= 5, "five failures are free: " + failures);
                assertTrue(message.startsWith(THROTTLED) && message.matches(".* \\d+ giây\\.$"), message);
                b.step("throttled");
            } catch (AssertionError | RuntimeException e) {
                b.failed();
                throw e;
            }
        }
    }

    private String attempt(Browser b, String username, String password) {
        b.open(base + "login.xhtml");
        b.type(By.id("login:username"), username);
        b.type(By.id("login:password"), password);
        b.click(By.id("login:submit"));
        return b.visible(By.cssSelector("#login\\:messages .ui-messages-error-summary")).getText().trim();
    }
}
