package dev.carlot.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's page has one address, /console: /console/ sends the browser there. */
class ConsoleAddressTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.BUNDLED_PLUGINS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theAddressWithATrailingSlashRedirectsPermanentlyToThePage() {
        Http.Answer redirect = server.http().get("/console/");

        assertEquals(308, redirect.status(), redirect.text());
        assertEquals("/console", redirect.header("Location").orElseThrow());
        Http.Answer page = server.http().get(redirect.header("Location").orElseThrow());
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
    }

    @Test
    void aHeadRequestIsRedirectedTheSameWay() {
        Http.Answer head = server.http().send("HEAD", "/console/", Optional.empty());

        assertEquals(308, head.status());
        assertEquals("/console", head.header("Location").orElseThrow());
    }
}
