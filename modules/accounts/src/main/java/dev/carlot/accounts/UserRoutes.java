package dev.carlot.accounts;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Audit;
import dev.carlot.feature.Caller;
import dev.carlot.feature.ClientAddress;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.UnitOfWork;
import dev.carlot.persistence.data.Credentials;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.data.UserPatch;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/** {@code /api/users}: the caller's own account, and every account for an admin. */
final class UserRoutes {
    private final Repositories repositories;
    private final UnitOfWork transactions;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    UserRoutes(Repositories repositories, UnitOfWork transactions, Passwords passwords, LoginThrottle throttle) {
        this.repositories = repositories;
        this.transactions = transactions;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    void register(Routes routes) {
        // /me before /{id}, so that "me" is not read as an id.
        routes.get("/api/users/me", this::me)
                .get("/api/users", this::list)
                .get("/api/users/{id}", this::get)
                .patch("/api/users/{id}", this::change)
                .delete("/api/users/{id}", this::delete);
    }

    private void me(ServerRequest req, ServerResponse res) {
        res.send(AccountJson.user(Caller.required(req).user()));
    }

    private void list(ServerRequest req, ServerResponse res) {
        AccountRules.requireAdmin(Caller.required(req));
        res.send(JsonOut.page(repositories.users().list(Params.page(req)), AccountJson::user).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        long id = ownOrAdmin(req, Caller.required(req));
        res.send(AccountJson.user(repositories.users().find(id).orElseThrow(() -> noSuchUser(id))));
    }

    private void change(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        long id = ownOrAdmin(req, caller);
        var body = JsonBody.object(req);
        AccountRules.requireAdminForRole(caller, AccountInput.mentionsRole(body));
        var change = AccountInput.change(body);
        if (change.isEmpty()) {
            res.send(AccountJson.user(repositories.users().find(id).orElseThrow(() -> noSuchUser(id))));
            return;
        }
        if (change.password().isPresent() && caller.id() == id) {
            requireCurrentPassword(req, caller, change.currentPassword());
        }
        var patch = new UserPatch(change.name(), change.password().map(passwords::hash), change.role());
        User user = transactions.inTransaction(tx -> {
            User updated = tx.users().update(id, patch);
            if (patch.passwordHash().isPresent()) {
                revokeOtherSessions(tx, caller, id);
            }
            return updated;
        });
        if (patch.passwordHash().isPresent()) {
            Audit.record("password.changed", req, Optional.of(id), "by=" + (caller.id() == id ? "self" : "admin"));
        }
        patch.role().ifPresent(role -> Audit.record("role.changed", req, Optional.of(id), "role=" + role.wire()));
        res.send(AccountJson.user(user));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        long id = ownOrAdmin(req, Caller.required(req));
        try {
            // The schema takes what the user owns along (sessions, favorites, posts, ...) and refuses
            // while orders or cars on offer refer to the account.
            repositories.users().delete(id);
            Audit.record("account.deleted", req, Optional.of(id));
        } catch (ConflictException e) {
            throw switch (e.conflict()) {
                case USER_HAS_ACTIVE_CARS -> ApiException.conflict("This account still has cars that are available or"
                        + " reserved; archive, sell or delete them first.");
                case RECORD_STILL_REFERENCED -> ApiException.conflict("This account cannot be deleted because records"
                        + " that must be kept, such as orders, refer to it.");
                default -> e;
            };
        }
        res.status(Status.NO_CONTENT_204).send();
    }

    /*
     * A stolen token alone must not be enough to take the account over, so changing one's own
     * password takes the current one, checked like a sign-in: counted first against the same
     * budgets (or the token would be an oracle for guessing it), then verified.
     */
    private void requireCurrentPassword(ServerRequest req, Principal caller, Optional<String> current) {
        if (current.isEmpty()) {
            throw ApiException.invalid("currentPassword", "is required to change your own password");
        }
        String email = caller.user().email();
        LoginThrottle.Attempt attempt = throttle.count(email, ClientAddress.of(req));
        if (attempt.refusal().isPresent()) {
            throw AuthRoutes.throttled(req, "password.throttled", Optional.of(caller.id()), attempt.refusal().get());
        }
        Optional<String> hash = repositories.users().credentials(email).map(Credentials::passwordHash);
        if (!passwords.matches(current.get(), hash)) {
            Audit.record("password.change-refused", req, Optional.of(caller.id()));
            throw ApiException.invalid("currentPassword", "is not your current password");
        }
        throttle.succeeded(attempt);
    }

    /** The path's user id, after checking the caller may act on that account (403 otherwise). */
    private static long ownOrAdmin(ServerRequest req, Principal caller) {
        long id = Params.id(req, "id", "user");
        AccountRules.requireSelfOrAdmin(caller, id);
        return id;
    }

    /*
     * A password change logs out everywhere else: the caller keeps the session it changed the
     * password with; when an admin changes someone else's password, that user keeps none.
     */
    private static void revokeOtherSessions(Repositories tx, Principal caller, long id) {
        if (caller.id() == id) {
            tx.sessions().deleteOthers(id, caller.tokenHash());
        } else {
            tx.sessions().deleteAll(id);
        }
    }

    private static ApiException noSuchUser(long id) {
        return ApiException.notFound("There is no user with id '" + id + "'.");
    }
}
