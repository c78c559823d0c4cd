package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The accounts tests' client, on a fresh server per test class
 * ({@code @RegisterExtension static final CheckedHttp http = CheckedHttp.onFreshServer();}).
 * Every answer it returns has been checked to hold no bcrypt hash and none of the passwords
 * the tests sent, so "never a password or hash" is asserted on every response, not a chosen few.
 */
final class CheckedHttp implements BeforeAllCallback, AfterAllCallback {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d\\d\\$");

    private final String[] flags;
    private final Set<String> passwords = ConcurrentHashMap.newKeySet();
    private TestServer server;
    private Account admin;

    private CheckedHttp(String[] flags) {
        this.flags = flags;
        passwords.add(Accounts.PASSWORD);
    }

    /** A client for a server started before the class's tests, with {@code flags}, and stopped after them. */
    static CheckedHttp onFreshServer(String... flags) {
        return new CheckedHttp(flags);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start(flags);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    TestServer server() {
        return server;
    }

    /** The unchecked client, for the shared fixture. */
    Http raw() {
        return server.http();
    }

    /** One admin for the class, made on first use. */
    Account admin() {
        if (admin == null) {
            admin = Accounts.anAdmin(server);
        }
        return admin;
    }

    Http.Answer get(String path, String... token) {
        return checked(raw().get(path, token));
    }

    Http.Answer delete(String path, String... token) {
        return checked(raw().delete(path, token));
    }

    Http.Answer post(String path, JsonValue body, String... token) {
        remember(body);
        return checked(raw().post(path, body, token));
    }

    Http.Answer patch(String path, JsonValue body, String... token) {
        remember(body);
        return checked(raw().patch(path, body, token));
    }

    Http.Answer send(String method, String path, String json) {
        return checked(raw().send(method, path, Optional.of(json)));
    }

    private void remember(JsonValue body) {
        if (body instanceof JsonObject object && object.get("password") instanceof JsonString p
                && p.getString().length() >= 8) {
            passwords.add(p.getString());
        }
    }

    private Http.Answer checked(Http.Answer answer) {
        assertFalse(BCRYPT.matcher(answer.text()).find(), () -> "a bcrypt hash in " + answer.text());
        passwords.forEach(p -> assertFalse(answer.text().contains(p), () -> "the password '" + p + "' in " + answer.text()));
        return answer;
    }
}
