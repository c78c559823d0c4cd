package dev.carlot.app.console;

import static dev.carlot.app.market.Market.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.accounts.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** /console in chromium: who may use it, the operations panel's actions, signing out, and /openapi/ui. */
@Tag("browser")
class ConsoleOperationsBrowserTest {
    private static TestServer server;
    private static Browser browser;
    private static ConsolePage page;
    private static Account admin;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        Path backups = Files.createTempDirectory("carlot-console-backups-");
        server = TestServer.start("--backup-dir=" + backups, TestServer.BUNDLED_PLUGINS);
        admin = Accounts.anAdmin(server);
        page = ConsolePage.open(server);
        browser = page.browser();
    }

    @AfterAll
    static void stop() {
        ConsolePage.close(page, server);
    }

    private static Http.Answer asAdmin(String path) {
        return server.http().get(path, admin.token());
    }

    @Test
    void aNonAdminIsRefusedAndKeepsNoSessionFromTheAttempt() {
        Account seller = Accounts.aSeller(server.http());

        page.signIn(seller);

        assertTrue(page.notice().contains("not an admin"), page.notice());
        assertTrue(browser.visible(By.id("login")).isDisplayed());
        assertEquals(1, expect(200, asAdmin("/api/admin/users?email=" + seller.email()))
                .getJsonArray("items").getJsonObject(0).getInt("sessions"), "only the session of registering");
        page.screenshots("refused");
    }

    @Test
    void aBackupIsMadeAndListedWithItsAgeAndSize() {
        page.signInAsAdmin(admin);
        page.open("operations");
        browser.visible(By.id("backup-schedule"));

        assertTrue(page.confirm(By.id("backup-now"), "Make a backup").contains("backup is made"));

        assertEquals(1, expect(200, asAdmin("/api/admin/backups")).getInt("total"));
        page.row("backups", ".zip");
    }

    @Test
    void pluginsShowWhatTheServerAnswers() {
        page.signInAsAdmin(admin);
        page.open("operations");
        if (asAdmin("/api/admin/plugins").status() == 404) {
            browser.showing(By.id("plugins-unavailable"), "not available");
        } else {
            browser.visible(By.cssSelector("#plugins-body table, #plugins-body .empty"));
            // the page itself is a plugin, the one that ships with Carlot
            browser.showing(By.id("plugins-body"), "console");
        }
    }

    @Test
    void aSlowedAccountIsListedAndClearedSoItsOwnerMaySignIn() {
        Account victim = Accounts.aUser(server.http());
        for (int i = 0; i < 6; i++) {
            Loopback.login(server.http(), "127.0.0.70", victim.email(), "not the password");
        }
        page.signInAsAdmin(admin);
        page.open("operations");
        page.row("throttle", victim.email() + " from address 127.0.0.70");

        page.confirm(By.cssSelector("#throttle-body [data-action=clear-throttle]"), "Clear the limit on account "
                + victim.email());

        assertTrue(!asAdmin("/api/admin/throttle").text().contains(victim.email()));
        assertEquals(200, Loopback.login(server.http(), "127.0.0.70", victim.email(), victim.password()).status());
        page.dismissNotice();
    }

    @Test
    void theAuditLogIsFilteredAndPagedOlder() {
        for (int i = 0; i < 16; i++) {
            Loopback.login(server.http(), "127.0.1." + (i + 1), "nobody-" + i + "@console.test", "not the password");
        }
        page.signInAsAdmin(admin);
        page.open("operations");
        browser.visible(By.id("audit-event")).sendKeys("login.failed", Keys.ENTER);
        browser.showing(By.cssSelector("#audit-body tbody"), "127.0.1.16");
        page.screenshots("operations");

        page.click(By.id("audit-older"));

        browser.showing(By.cssSelector("#audit-body caption"), "page 2");
        String events = browser.text(By.cssSelector("#audit-body tbody"));
        assertTrue(events.contains("login.failed") && !events.contains("login.succeeded"), events);
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer() {
        Account other = Accounts.anAdmin(server);
        page.signInAsAdmin(other);
        String token = page.token();
        assertEquals(200, server.http().get("/api/users/me", token).status());

        page.click(By.id("logout"));

        browser.showing(By.cssSelector("#notice span"), "signed out");
        browser.visible(By.id("login-email"));
        assertEquals(401, server.http().get("/api/users/me", token).status());
    }

    @Test
    void swaggerUiShowsTheDocumentUnderTheSamePolicy() {
        browser.go(page.url("/openapi/ui"));

        browser.showing(By.cssSelector(".swagger-ui .info .title"), "Carlot");
        browser.visible(By.cssSelector(".opblock-tag"));
        page.screenshots("openapi-ui");
        ConsolePage.assertNoPolicyViolations(browser);
    }
}
