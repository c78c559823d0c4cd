package dev.carlot.feature;

import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;

/** The authenticated caller of a request and the hash of the token it presented. */
public record Principal(User user, String tokenHash) {

    public long id() {
        return user.id();
    }

    public Role role() {
        return user.role();
    }

    public boolean isAdmin() {
        return user.role() == Role.ADMIN;
    }

    /** True for an admin or the user {@code userId} itself. */
    public boolean isAdminOr(long userId) {
        return isAdmin() || user.id() == userId;
    }
}
