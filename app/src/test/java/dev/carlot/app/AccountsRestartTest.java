package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.server.CarlotServer;
import dev.carlot.persistence.Persistence;
import java.net.URI;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Accounts across a full restart (server and database closed, then opened again on the same
 * data): tokens live in the database, and the stored password hash still verifies. Lives in
 * this package because it builds its servers itself instead of using {@link TestServer}.
 */
class AccountsRestartTest {

    @Test
    void tokensAndPasswordsSurviveARestart() {
        try (TestBackend backend = TestBackend.fresh()) {
            AppConfig config = backend.config();
            Account[] account = new Account[1];
            String[] loggedOut = new String[1];
            run(backend, config, http -> {
                account[0] = Accounts.aSeller(http);
                loggedOut[0] = Accounts.login(http, account[0]);
                assertEquals(204, http.post("/api/auth/logout", jakarta.json.JsonValue.EMPTY_JSON_OBJECT, loggedOut[0])
                        .status());
            });

            run(backend, config, http -> {
                Http.Answer me = http.get("/api/users/me", account[0].token());
                assertEquals(200, me.status(), me.text());
                assertEquals(account[0].email(), me.object().getString("email"));
                assertEquals(401, http.get("/api/users/me", loggedOut[0]).status());
                assertEquals(200, http.get("/api/users/me", Accounts.login(http, account[0])).status());
            });
        }
    }

    /** One life of Carlot on the backend's database: open, migrate, serve, then close it all. */
    private static void run(TestBackend backend, AppConfig config, Consumer<Http> work) {
        try (Persistence persistence = backend.open(config)) {
            persistence.migrate();
            CarlotServer server = CarlotServer.start(config, persistence);
            try {
                work.accept(new Http(URI.create("http://127.0.0.1:" + server.port() + "/")));
            } finally {
                server.stop();
            }
        }
    }
}
