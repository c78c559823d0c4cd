package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.AppConfig;
import dev.carlot.app.Http;
import dev.carlot.app.TestBackend;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.backend.Backends;
import dev.carlot.app.server.CarlotServer;
import dev.carlot.persistence.Persistence;
import java.net.URI;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The login throttle's counts live in the database: two Carlot servers on one database (the
 * production setup) share one budget, and a restart forgets none of it. The servers are built
 * here, as {@code carlot serve} builds them, because each test needs two lives on one database.
 */
class SharedThrottleApiTest {
    private static final String ATTACKER = "127.0.3.1";

    @Test
    void twoServersOnOneDatabaseShareTheBudget() {
        try (TestBackend backend = TestBackend.fresh()) {
            AppConfig config = backend.config();
            run(backend, config, first -> {
                Account victim = Accounts.aUser(first);
                try (Persistence second = openBeside(backend, config)) {
                    CarlotServer other = CarlotServer.start(config, second);
                    try {
                        Http otherHttp = http(other);
                        for (int i = 0; i < 5; i++) {
                            Http via = i % 2 == 0 ? first : otherHttp;
                            assertEquals(401, Loopback.login(via, ATTACKER, victim.email(), "guess " + i).status());
                        }
                        assertEquals(429, Loopback.login(first, ATTACKER, victim.email(), "guess 5").status());
                        assertEquals(429, Loopback.login(otherHttp, ATTACKER, victim.email(), "guess 6").status());
                    } finally {
                        other.stop();
                    }
                }
            });
        }
    }

    @Test
    void aRestartKeepsTheCounts() {
        try (TestBackend backend = TestBackend.fresh()) {
            AppConfig config = backend.config();
            Account[] victim = new Account[1];
            run(backend, config, http -> {
                victim[0] = Accounts.aUser(http);
                for (int i = 0; i < 5; i++) {
                    assertEquals(401, Loopback.login(http, ATTACKER, victim[0].email(), "guess " + i).status());
                }
            });

            run(backend, config, http -> {
                Http.Answer refused = Loopback.login(http, ATTACKER, victim[0].email(), victim[0].password());
                assertEquals(429, refused.status(), refused.text());
                assertEquals(200, Loopback.login(http, "127.0.3.2", victim[0].email(), victim[0].password()).status());
            });
        }
    }

    /** One life of Carlot on the backend's database: open, migrate, serve, then close it all. */
    private static void run(TestBackend backend, AppConfig config, Consumer<Http> work) {
        try (Persistence persistence = backend.open(config)) {
            persistence.migrate();
            CarlotServer server = CarlotServer.start(config, persistence);
            try {
                work.accept(http(server));
            } finally {
                server.stop();
            }
        }
    }

    /** A second opening of the same database, as a second Carlot process would have it. */
    private static Persistence openBeside(TestBackend backend, AppConfig config) {
        AppConfig.Database database = config.database();
        var settings = backend.name().equals("embedded") ? database.settings().with("attach", "true")
                : database.settings();
        return Backends.discover().open(new AppConfig.Database(database.backend(), settings));
    }

    private static Http http(CarlotServer server) {
        return new Http(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }
}
