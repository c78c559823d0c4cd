package dev.carlot.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts.Account;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a person does on /console: sign in, open a panel, confirm an action, read the notice. */
final class ConsolePage {
    static final Path SHOTS = Path.of("target", "console-screenshots");

    private final Browser browser;
    private final TestServer server;

    private ConsolePage(Browser browser, TestServer server) {
        this.browser = browser;
        this.server = server;
    }

    /** A fresh browser on {@code server}'s console; {@link #close} ends both. */
    static ConsolePage open(TestServer server) {
        return new ConsolePage(Browser.open(SHOTS), server);
    }

    Browser browser() {
        return browser;
    }

    /** Ends the browser, then the server; either may be missing where a class's start-up failed part way. */
    static void close(ConsolePage page, TestServer server) {
        try {
            if (page != null) {
                page.browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    String url(String path) {
        return server.http().uri(path).toString();
    }

    /** Opens the console signed out, then signs in through its form. */
    void signIn(Account account) {
        browser.go(url("/console"));
        browser.script("sessionStorage.clear()");
        browser.go(url("/console"));
        browser.visible(By.id("login-email")).sendKeys(account.email());
        browser.driver().findElement(By.id("login-password")).sendKeys(account.password());
        browser.driver().findElement(By.id("login-submit")).click();
    }

    void signInAsAdmin(Account admin) {
        signIn(admin);
        browser.showing(By.id("who-email"), admin.email());
    }

    /** Opens a panel by its tab, as a keyboard user would: focus the link and press Enter. */
    void open(String panel) {
        browser.visible(By.id("tab-" + panel)).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.visible(By.id(panel));
    }

    /** Clicks {@code button}, checks the question asked, confirms; answers the notice shown after. */
    String confirm(By button, String question) {
        dismissNotice();
        click(button);
        return answer(question);
    }

    /** Clicks what {@code by} finds once it shows, finding it again if a list was redrawn meanwhile. */
    void click(By by) {
        browser.until(d -> {
            try {
                WebElement element = d.findElement(by);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return null;
                }
                element.click();
                return true;
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** Confirms the question the open dialog asks; answers the notice shown after. */
    String answer(String question) {
        WebElement dialog = browser.visible(By.id("confirm"));
        String asked = dialog.findElement(By.id("confirm-text")).getText();
        if (!asked.contains(question)) {
            throw new AssertionError("asked '" + asked + "', not '" + question + "'");
        }
        dialog.findElement(By.id("confirm-ok")).click();
        return notice();
    }

    /** The notice's text, once one shows. */
    String notice() {
        return browser.text(By.cssSelector("#notice span"));
    }

    void dismissNotice() {
        browser.script("document.getElementById('notice').hidden = true");
    }

    /** The console's own token, as the page keeps it. */
    String token() {
        return (String) browser.script("return sessionStorage.getItem('carlot.console.token')");
    }

    /** Screenshots of what shows now, at 1280x800 and at a phone's size, back at 1280x800 after. */
    void screenshots(String name) {
        browser.size(Browser.DESKTOP);
        browser.screenshot(name);
        browser.size(Browser.PHONE);
        browser.screenshot(name);
        browser.size(Browser.DESKTOP);
    }

    WebElement row(String tableCard, String text) {
        return browser.showing(By.cssSelector("#" + tableCard + "-body tbody tr"), text);
    }

    static void assertNoPolicyViolations(Browser browser) {
        assertEquals(java.util.List.of(), browser.severeLogs().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList());
    }
}
