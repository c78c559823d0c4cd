package dev.carlot.accounts;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Principal;

/** Who may do what with accounts: admins everything, everyone else only their own account and never roles. */
final class AccountRules {
    private AccountRules() {
    }

    static void requireAdmin(Principal caller) {
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("Only an admin can list accounts.");
        }
    }

    /** Another user's account is a public resource one may not change: 403, not 404. */
    static void requireSelfOrAdmin(Principal caller, long userId) {
        if (!caller.isAdminOr(userId)) {
            throw ApiException.forbidden("You can only see and change your own account.");
        }
    }

    static void requireAdminForRole(Principal caller, boolean changesRole) {
        if (changesRole && !caller.isAdmin()) {
            throw ApiException.forbidden("Only an admin can change a role.");
        }
    }
}
