package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.carlot.app.Http;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The accounts tests' client: every answer it returns has been checked to hold no bcrypt hash
 * and none of the passwords the tests sent, so "never a password or hash" is asserted on
 * every response rather than on a chosen few.
 */
final class CheckedHttp {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d\\d\\$");

    private final Http http;
    private final Set<String> passwords = ConcurrentHashMap.newKeySet();

    CheckedHttp(Http http) {
        this.http = http;
        passwords.add(Accounts.PASSWORD);
    }

    /** The unchecked client, for the shared fixture. */
    Http raw() {
        return http;
    }

    Http.Answer get(String path, String... token) {
        return checked(http.get(path, token));
    }

    Http.Answer delete(String path, String... token) {
        return checked(http.delete(path, token));
    }

    Http.Answer post(String path, JsonValue body, String... token) {
        remember(body);
        return checked(http.post(path, body, token));
    }

    Http.Answer patch(String path, JsonValue body, String... token) {
        remember(body);
        return checked(http.patch(path, body, token));
    }

    Http.Answer send(String method, String path, String json) {
        return checked(http.send(method, path, Optional.of(json)));
    }

    private void remember(JsonValue body) {
        if (body instanceof jakarta.json.JsonObject object && object.get("password") instanceof jakarta.json.JsonString p
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
