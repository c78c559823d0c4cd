package dev.carlot.accounts;

import dev.carlot.feature.Fields;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.WireValue;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/** Reads and validates the request bodies of the accounts routes; each reports every bad field at once. */
final class AccountInput {
    static final int NAME_MAX = 100;

    record Registration(String email, String name, String password, Role role) {
    }

    record Login(String email, String password) {
    }

    /** Empty fields stay unchanged; {@code currentPassword} proves the caller knows the password being replaced. */
    record Change(Optional<String> name, Optional<String> password, Optional<String> currentPassword,
            Optional<Role> role) {
        boolean isEmpty() {
            return name.isEmpty() && password.isEmpty() && role.isEmpty();
        }
    }

    private AccountInput() {
    }

    static Registration registration(JsonObject json) {
        Fields fields = new Fields(json).allowOnly(Set.of("email", "name", "password", "role"));
        Optional<String> email = fields.text("email", 1, Emails.MAX_LENGTH).map(Emails::normalize).filter(e ->
                fields.check("email", Emails.valid(e), "must be a valid email address such as name@example.com"));
        requirePresent(fields, "email");
        String name = fields.requiredText("name", 1, NAME_MAX);
        Optional<String> password = newPassword(json, fields);
        requirePresent(fields, "password");
        Role role = fields.text("role", 0, 64).flatMap(word -> registrationRole(fields, word)).orElse(Role.USER);
        fields.validate();
        return new Registration(email.orElseThrow(), name, password.orElseThrow(), role);
    }

    static Login login(JsonObject json) {
        Fields fields = new Fields(json).allowOnly(Set.of("email", "password"));
        String email = Emails.normalize(fields.requiredText("email", 1, Emails.MAX_LENGTH));
        // No length rule here: a too short or too long password is simply a wrong one (401).
        Optional<String> password = string(json, fields, "password");
        requirePresent(fields, "password");
        fields.validate();
        return new Login(email, password.orElseThrow());
    }

    static Change change(JsonObject json) {
        Fields fields = new Fields(json).allowOnly(Set.of("name", "password", "currentPassword", "role"));
        Optional<String> name = fields.text("name", 1, NAME_MAX);
        Optional<String> password = newPassword(json, fields);
        Optional<String> current = string(json, fields, "currentPassword");
        Optional<Role> role = fields.text("role", 0, 64).flatMap(word -> known(fields, word));
        fields.validate();
        return new Change(name, password, current, role);
    }

    static boolean mentionsRole(JsonObject json) {
        return new Fields(json).has("role");
    }

    private static void requirePresent(Fields fields, String name) {
        fields.check(name, fields.has(name), "is required");
    }

    private static Optional<Role> registrationRole(Fields fields, String word) {
        Optional<Role> role = WireValue.parse(Role.class, word);
        if (role.isEmpty()) {
            fields.error("role", "must be user or seller");
        } else {
            fields.check("role", role.get() != Role.ADMIN, "cannot be admin when registering; an admin grants that role");
        }
        return role.filter(r -> r != Role.ADMIN);
    }

    private static Optional<Role> known(Fields fields, String word) {
        Optional<Role> role = WireValue.parse(Role.class, word);
        fields.check("role", role.isPresent(), "must be one of admin, seller, user");
        return role;
    }

    // Passwords are taken exactly as sent: stripping spaces, as Fields.text does, would change them.
    private static Optional<String> newPassword(JsonObject json, Fields fields) {
        return string(json, fields, "password").filter(p -> {
            Optional<String> problem = PasswordRules.problem(p);
            problem.ifPresent(message -> fields.error("password", message));
            return problem.isEmpty();
        });
    }

    private static Optional<String> string(JsonObject json, Fields fields, String name) {
        if (!fields.has(name)) {
            return Optional.empty();
        }
        JsonValue value = json.get(name);
        if (value instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        fields.error(name, "must be a string");
        return Optional.empty();
    }
}
