package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.UserPatch;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared fixture for HTTP tests of every feature: real accounts made through
 * {@code POST /api/auth/register}, each with a working bearer token.
 *
 * <pre>{@code
 * Account seller = Accounts.register(server.http(), "seller");
 * http.post("/api/cars", body, seller.token());
 * Account admin = Accounts.anAdmin(server);
 * }</pre>
 */
public final class Accounts {
    /** The password of every account this fixture makes. */
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Accounts() {
    }

    /** A registered account: its id, email and password, and the token register answered with. */
    public record Account(long id, String email, String password, String token) {
    }

    /**
     * Registers a fresh account with role {@code user} or {@code seller}; the answer must be 201.
     * Registrations are limited per client address, so each of the fixture's comes from a
     * loopback address of its own, as from many people, and leaves 127.0.0.1's budget to the tests.
     */
    public static Account register(Http http, String role) {
        int n = SEQUENCE.incrementAndGet();
        String email = role + "-" + n + "@accounts.test";
        JsonObject body = Json.createObjectBuilder().add("email", email).add("name", "Member " + email.split("@")[0])
                .add("password", PASSWORD).add("role", role).build();
        String from = "127.1." + (n / 250 % 250) + "." + (n % 250 + 1);
        Http.Answer answer = Loopback.postOnce(http, from, "/api/auth/register", body);
        assertEquals(201, answer.status(), answer.text());
        return account(answer.object(), PASSWORD);
    }

    public static Account aUser(Http http) {
        return register(http, "user");
    }

    public static Account aSeller(Http http) {
        return register(http, "seller");
    }

    /**
     * An admin. Nobody can register as one, so this registers a user and promotes it in the
     * database, as an operator (or {@code carlot seed}) would; its token then acts as admin.
     */
    public static Account anAdmin(TestServer server) {
        Account account = aUser(server.http());
        server.persistence().repositories().users().update(account.id(),
                new UserPatch(Optional.empty(), Optional.empty(), Optional.of(Role.ADMIN)));
        return account;
    }

    /** A new token for {@code account} from {@code POST /api/auth/login}; the answer must be 200. */
    public static String login(Http http, Account account) {
        Http.Answer answer = http.post("/api/auth/login", credentials(account.email(), account.password()));
        assertEquals(200, answer.status(), answer.text());
        return answer.object().getString("token");
    }

    public static JsonObject credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build();
    }

    /** The account in a {@code {user, token, expiresAt}} answer. */
    static Account account(JsonObject login, String password) {
        JsonObject user = login.getJsonObject("user");
        return new Account(user.getJsonNumber("id").longValueExact(), user.getString("email"), password,
                login.getString("token"));
    }
}
