package dev.carlot.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromedriver: both named by path, so that
 * Selenium never looks for (or downloads) a browser or driver of its own. Each browser gets a
 * fresh profile directory, removed on close.
 */
final class Browser implements AutoCloseable {
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Dimension DESKTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(390, 844);
    /** Generous: the test machine is shared and may be loaded. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path shots;

    private Browser(ChromeDriver driver, Path profile, Path shots) {
        this.driver = driver;
        this.profile = profile;
        this.shots = shots;
    }

    /** Skips the calling test class, with the reason, where the system has no chromedriver (CI installs it). */
    static void requireChromium() {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
                "the console's browser tests need Debian's chromium and chromium-driver (/usr/bin/chromedriver);"
                        + " .ci/run installs them: apt-get install chromium chromium-driver");
    }

    static Browser open(Path shots) {
        try {
            Path profile = Files.createTempDirectory("carlot-chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            Files.createDirectories(shots);
            Browser browser = new Browser(new ChromeDriver(service, options), profile, shots);
            browser.size(DESKTOP);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void go(String url) {
        driver.get(url);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    WebElement visible(By by) {
        return first(by, e -> true);
    }

    /** Waits until the element {@code by} shows text containing {@code text}; answers the element. */
    WebElement showing(By by, String text) {
        return first(by, e -> e.getText().contains(text));
    }

    /** The first shown element {@code by} finds that passes {@code test}; a list redrawn meanwhile is searched again. */
    private WebElement first(By by, java.util.function.Predicate<WebElement> test) {
        return until(d -> {
            try {
                return d.findElements(by).stream().filter(e -> e.isDisplayed() && test.test(e)).findFirst().orElse(null);
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** The text of the first shown element {@code by} finds, read even while the page redraws it. */
    String text(By by) {
        return until(d -> {
            try {
                return d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().map(WebElement::getText)
                        .orElse(null);
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Makes the page's viewport {@code size}: the window is larger by whatever its frame takes. */
    void size(Dimension size) {
        driver.manage().window().setSize(size);
        Number width = (Number) script("return window.innerWidth");
        Number height = (Number) script("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(2 * size.width - width.intValue(),
                2 * size.height - height.intValue()));
    }

    /** A PNG of what the window shows, as {@code name-desktop.png} or {@code name-phone.png}. */
    void screenshot(String name) {
        String kind = ((Number) script("return window.innerWidth")).intValue() < 800 ? "phone" : "desktop";
        try {
            Files.write(shots.resolve(name + "-" + kind + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page logged since the last call: errors such as a refused script or a CSP violation. */
    List<String> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is not worth failing a test for
            }
        }
    }
}
