package dev.carlot.app.console;

import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.market.Market;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** /console in chromium: the overview, then users, cars and orders acted on, each effect checked through the API. */
@Tag("browser")
class ConsoleDataBrowserTest {
    private static TestServer server;
    private static Browser browser;
    private static ConsolePage page;
    private static Market market;
    private static Account admin;
    private static Account seller;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        server = TestServer.start(TestServer.BUNDLED_PLUGINS);
        market = new Market(server.http());
        admin = Accounts.anAdmin(server);
        seller = market.aSeller();
        for (int i = 0; i < 12; i++) {
            market.listed(seller, Market.aCarBody("Consolia", "Model " + i, 2020, "1000" + i));
        }
        page = ConsolePage.open(server);
        browser = page.browser();
    }

    @AfterAll
    static void stop() {
        ConsolePage.close(page, server);
    }

    private static JsonObject account(Account account) {
        return expect(200, server.http().get("/api/admin/users?email=" + account.email(), admin.token()))
                .getJsonArray("items").getJsonObject(0);
    }

    @Test
    void theOverviewShowsTheServerItsMigrationsAndLiveCharts() {
        page.signInAsAdmin(admin);

        browser.showing(By.id("server-body"), server.persistence().backend());
        browser.showing(By.id("migrations-body"), "applied");
        browser.showing(By.id("health-body"), "database");
        // two samples two seconds apart make the first point and the route table
        browser.showing(By.id("route-table"), "GET /observe/metrics");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#live-body .uplot canvas")).size());
        page.screenshots("overview");
        ConsolePage.assertNoPolicyViolations(browser);
    }

    @Test
    void anAccountIsFoundDisabledEnabledSignedOutAndGivenARole() {
        Account member = market.aUser();
        page.signInAsAdmin(admin);
        page.open("data");
        browser.visible(By.id("users-email")).sendKeys(member.email(), Keys.ENTER);
        page.row("users", member.email());
        page.screenshots("data");

        assertTrue(page.confirm(By.cssSelector("[data-action=disable][data-user='" + member.id() + "']"),
                "Disable " + member.email()).contains("is disabled"));
        assertTrue(account(member).getBoolean("disabled"));
        assertEquals(401, server.http().get("/api/users/me", member.token()).status());

        page.confirm(By.cssSelector("[data-action=enable][data-user='" + member.id() + "']"), "Enable");
        browser.visible(By.cssSelector("[data-action=disable][data-user='" + member.id() + "']"));
        assertFalse(account(member).getBoolean("disabled"));

        Accounts.login(server.http(), member);
        page.confirm(By.cssSelector("[data-action=end-sessions][data-user='" + member.id() + "']"),
                "End all");
        assertEquals(0, account(member).getInt("sessions"));

        page.dismissNotice();
        new Select(browser.visible(By.cssSelector("select.role[data-user='" + member.id() + "']"))).selectByValue("seller");
        assertTrue(page.answer("Make " + member.email() + " a seller").contains("is now a seller"));
        assertEquals("seller", account(member).getString("role"));
        page.dismissNotice();
    }

    @Test
    void aRefusedActionShowsTheProblemsDetail() {
        page.signInAsAdmin(admin);
        page.open("data");
        browser.visible(By.id("users-email")).sendKeys(admin.email(), Keys.ENTER);

        String notice = page.confirm(By.cssSelector("[data-action=disable][data-user='" + admin.id() + "']"),
                "Disable");

        assertEquals("You cannot disable your own account; ask another admin.", notice);
        assertFalse(account(admin).getBoolean("disabled"));
        page.dismissNotice();
    }

    @Test
    void carsArePagedByTheCursorWithTheirTotalAndArchived() {
        page.signInAsAdmin(admin);
        page.open("data");
        browser.visible(By.id("cars-brand")).sendKeys("Consolia", Keys.ENTER);
        browser.showing(By.cssSelector("#cars-body caption"), "page 1 of 2, 12 in all");

        page.click(By.id("cars-next"));
        browser.showing(By.cssSelector("#cars-body caption"), "page 2 of 2, 12 in all");
        long carId = Long.parseLong(browser.visible(By.cssSelector("#cars-body [data-action=archive]"))
                .getDomAttribute("data-car"));

        page.confirm(By.cssSelector("[data-action=archive][data-car='" + carId + "']"), "Archive");

        assertEquals("archived", market.statusOfCar(carId));
        page.dismissNotice();
    }

    @Test
    void ordersAreFilteredByStatusAndCancelled() {
        Account buyer = market.aUser();
        JsonObject car = market.anAvailableCar(seller);
        long orderId = id(market.placedOrder(buyer, id(car)));
        page.signInAsAdmin(admin);
        page.open("data");
        new Select(browser.visible(By.id("orders-status"))).selectByValue("pending");

        page.confirm(By.cssSelector("[data-action=cancel][data-order='" + orderId + "']"),
                "Cancel order #" + orderId);

        assertEquals("cancelled", market.orderSeenBy(buyer, orderId).getString("status"));
        assertEquals("available", market.statusOfCar(id(car)));
        page.dismissNotice();
    }
}
