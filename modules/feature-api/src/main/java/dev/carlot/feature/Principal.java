package dev.carlot.feature;

import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;

/** The authenticated caller of a request and the hash of the token it presented. */
public record Principal(User user, String tokenHash) {

    /** The signed-in user's id. */
    public long id() {
        return user.id();
    }

    /** The signed-in user's role. */
    public Role role() {
        return user.role();
    }

    /** Whether the signed-in user is an administrator. */
    public boolean isAdmin() {
        return user.role() == Role.ADMIN;
    }

    /** True for an admin or the user {@code userId} itself. */
    public boolean isAdminOr(long userId) {
        return isAdmin() || user.id() == userId;
    }
}
