package dev.carlot.accounts;

import dev.carlot.feature.JsonOut;
import dev.carlot.persistence.data.User;
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

    /** {@code {user, token, expiresAt}}. */
    static JsonObject login(Login login) {
        return JsonOut.object()
                .add("user", user(login.user()))
                .add("token", login.token())
                .add("expiresAt", login.expiresAt())
                .build();
    }
}
