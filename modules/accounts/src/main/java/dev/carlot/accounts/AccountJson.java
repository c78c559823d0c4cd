package dev.carlot.accounts;

import dev.carlot.feature.JsonOut;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.data.UserAccount;
import jakarta.json.JsonValue;
import jakarta.json.JsonObject;

/** The answer bodies of the accounts routes. A password hash has no way in here: {@link User} holds none. */
final class AccountJson {
    private AccountJson() {
    }

    /** {@code {id, email, name, role, createdAt, updatedAt}}. */
    static JsonObject user(User user) {
        return JsonOut.object()
                .add("id", user.id())
                .add("email", user.email())
                .add("name", user.name())
                .add("role", user.role().wire())
                .add("createdAt", user.createdAt())
                .add("updatedAt", user.updatedAt())
                .build();
    }

    /**
     * An account as an operator sees it: the user's fields, {@code disabled} (and {@code disabledAt}
     * when it is) and {@code sessions}, the number of its live sessions.
     */
    static JsonObject account(UserAccount account) {
        JsonOut json = JsonOut.object();
        user(account.user()).forEach(json::add);
        json.add("disabled", account.disabledAt().isPresent() ? JsonValue.TRUE : JsonValue.FALSE);
        account.disabledAt().ifPresent(at -> json.add("disabledAt", at));
        return json.add("sessions", account.sessions()).build();
    }

    /** {@code {user, token, expiresAt}}. */
    static JsonObject login(Login login) {
        return JsonOut.object()
                .add("user", user(login.user()))
                .add("token", login.token())
                .add("expiresAt", login.expiresAt())
                .build();
    }
}
