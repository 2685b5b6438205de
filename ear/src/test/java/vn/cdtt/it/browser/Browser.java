package vn.cdtt.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no driver download). Each step is named; when a
 * test fails, {@link #screenshotSteps} keeps a screenshot of the last page of each step in target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String name;
    private int step;

    public Browser(String name, int width, int height) {
        this.name = name;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        if (width < 500) {
            // desktop windows do not go below ~500 px: emulate the phone's viewport instead
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        // downloads (payment sheets, exports) land in target/downloads/<name>, emptied first, without asking
        try {
            Files.createDirectories(downloads());
            try (var old = Files.list(downloads())) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads().toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // an Ajax update may replace what a condition is looking at: look again instead of failing
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Where this browser's downloads land. */
    public Path downloads() {
        return Path.of(System.getProperty("downloads.dir", "target/downloads"), name);
    }

    /** Waits for a finished download whose name ends so (a partial one ends in .crdownload) and returns it. */
    public Path downloaded(String suffix) {
        wait.until(d -> {
            try (var files = Files.list(downloads())) {
                return files.anyMatch(p -> p.toString().endsWith(suffix));
            } catch (IOException e) {
                return false;
            }
        });
        try (var files = Files.list(downloads())) {
            return files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Logs in on the login page under {@code base} and waits for the home page. */
    public void login(java.net.URL base, String username, String password) {
        open(base + "login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        visible(By.id("login:password")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForText(By.id("role"), "Vai trò");
    }

    /**
     * Waits for a condition, looking again when an Ajax update replaced the element under it. Chromium reports that
     * either as a stale element or, from version 156 on, as an "unknown error" saying the node "does not belong to
     * the document"; both mean "not yet", not a failure.
     */
    private <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
        return wait.until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (replaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    private static boolean replaced(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    public WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        until(condition::apply);
    }

    public void type(By by, String text) {
        WebElement e = visible(by);
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Types as a person does: clicks into the field, pauses while the hand goes to the keys, and types into whatever
     * has the keyboard then (what the field already holds selected and replaced). {@link #type} would send the keys
     * to the field itself even when a calendar that opened on the click had taken the keyboard away from it.
     */
    public void typeByHand(By by, String text) {
        visible(by).click();
        Keys selectAll = System.getProperty("os.name", "").startsWith("Mac") ? Keys.COMMAND : Keys.CONTROL;
        new org.openqa.selenium.interactions.Actions(driver).pause(Duration.ofMillis(400))
                .keyDown(selectAll).sendKeys("a").keyUp(selectAll).sendKeys(Keys.BACK_SPACE).sendKeys(text).perform();
    }

    /**
     * Clicks, retrying while an Ajax update replaces the element or a closing dialog's mask still covers it. A link of
     * a closed menu group (the coordinators' menu) is reached as a user does: its group's button first.
     */
    public void click(By by) {
        openMenuGroupOf(by);
        for (int attempt = 1; ; attempt++) {
            try {
                until(ExpectedConditions.elementToBeClickable(by)).click();
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 10 || !(replaced(e) || e instanceof org.openqa.selenium.ElementClickInterceptedException)) {
                    throw e;
                }
                if (e instanceof org.openqa.selenium.ElementClickInterceptedException) {
                    // the member's menu bar fixed at the bottom of a phone's screen may cover it: scroll it to the
                    // middle of the screen, as a thumb would
                    try {
                        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                                "arguments[0].scrollIntoView({block: 'center'});", driver().findElement(by));
                    } catch (org.openqa.selenium.WebDriverException gone) {
                        // replaced meanwhile: the next attempt finds it again
                    }
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Opens the closed menu group (a {@code <details>} of the main menu) that holds the element, by its button. */
    public void openMenuGroupOf(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                for (WebElement e : driver.findElements(by)) {
                    Object summary = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                            "const e = arguments[0]; if (e.tagName === 'SUMMARY') return null;"
                                    + " const g = e.closest('nav.mainnav details:not([open])');"
                                    + " return g ? g.querySelector('summary') : null;", e);
                    if (summary instanceof WebElement button) {
                        button.click();
                    }
                    return;
                }
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                // an Ajax update replaced the element between finding and asking: find it again
                if (attempt == 10 || !replaced(e)) {
                    throw e;
                }
            }
        }
    }

    /** Marks the end of a step: keeps its screenshot in target/screenshots/steps (kept only on failure). */
    public void step(String label) {
        step++;
        save(stepsDir().resolve(String.format("%s-%02d-%s.png", name, step, label)));
    }

    public void failed() {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        save(dir.resolve(name + "-failure.png"));
        try {
            // CI keeps the log, not the screenshots: what the user saw when the test gave up
            String seen = driver.findElement(By.tagName("body")).getText();
            System.err.println(name + " failed at " + driver.getCurrentUrl() + ", the page said:\n"
                    + seen.substring(0, Math.min(seen.length(), 3000)));
        } catch (RuntimeException e) {
            // the page may be gone; the screenshots still help
        }
        try (var files = Files.list(stepsDir())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // screenshots are a help, not the verdict
        }
    }

    private Path stepsDir() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "steps");
    }

    private void save(Path target) {
        try {
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // screenshots are a help, not the verdict
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
