package dev.carlot.accounts;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Audit;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.UnitOfWork;
import dev.carlot.persistence.data.UserAccount;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * What an operator does to accounts, under {@code /api/admin/} (admins only): find accounts by
 * email with their state, disable and enable one, end all of one's sessions, and see and clear
 * the sign-in throttle's counters. Every change is audited.
 */
final class AccountAdminRoutes {
    /** Longest email fragment a search takes, the longest email there can be. */
    private static final int MAX_EMAIL = 320;

    private final Repositories repositories;
    private final UnitOfWork transactions;
    private final Clock clock;

    AccountAdminRoutes(Repositories repositories, UnitOfWork transactions, Clock clock) {
        this.repositories = repositories;
        this.transactions = transactions;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.get("/api/admin/users", this::list)
                .put("/api/admin/users/{id}/disabled", this::disable)
                .delete("/api/admin/users/{id}/disabled", this::enable)
                .delete("/api/admin/users/{id}/sessions", this::endSessions)
                .get("/api/admin/throttle", this::throttled)
                .delete("/api/admin/throttle/{key}", this::clear);
    }

    private void list(ServerRequest req, ServerResponse res) {
        admin(req);
        Optional<String> email = Params.text(req, "email", MAX_EMAIL).filter(text -> !text.isBlank());
        res.send(JsonOut.page(repositories.users().accounts(email, Params.page(req)), AccountJson::account).build());
    }

    /*
     * Disabling ends the account's sessions in the same transaction, so no request of it is served
     * after the answer; an admin cannot disable themselves, which could leave nobody to undo it.
     */
    private void disable(ServerRequest req, ServerResponse res) {
        Principal caller = admin(req);
        long id = Params.id(req, "id", "user");
        if (id == caller.id()) {
            throw ApiException.conflict("You cannot disable your own account; ask another admin.");
        }
        boolean changed = transactions.inTransaction(tx -> {
            boolean now = tx.users().setDisabled(id, Optional.of(clock.instant()));
            tx.sessions().deleteAll(id);
            return now;
        });
        if (changed) {
            Audit.record("account.disabled", req, Optional.of(id));
        }
        res.send(AccountJson.account(account(id)));
    }

    private void enable(ServerRequest req, ServerResponse res) {
        admin(req);
        long id = Params.id(req, "id", "user");
        if (repositories.users().setDisabled(id, Optional.empty())) {
            Audit.record("account.enabled", req, Optional.of(id));
        }
        res.send(AccountJson.account(account(id)));
    }

    private void endSessions(ServerRequest req, ServerResponse res) {
        admin(req);
        long id = Params.id(req, "id", "user");
        account(id);
        int ended = repositories.sessions().deleteAll(id);
        Audit.record("sessions.ended", req, Optional.of(id), "count=" + ended);
        res.send(AccountJson.account(account(id)));
    }

    private void throttled(ServerRequest req, ServerResponse res) {
        admin(req);
        var items = dev.carlot.feature.Jsonp.arrayBuilder();
        repositories.attempts().named(clock.instant()).forEach(subject -> items.add(JsonOut.object()
                .add("key", subject.key())
                .add("subject", subject.subject())
                .add("attempts", subject.attempts())
                .add("until", subject.windowEnd())
                .build()));
        res.send(JsonOut.object().add("items", items.build()).build());
    }

    private void clear(ServerRequest req, ServerResponse res) {
        admin(req);
        String key = req.path().pathParameters().get("key");
        if (!repositories.attempts().clear(key)) {
            throw ApiException.notFound("No throttle counter has this key; it may have ended or been cleared already.");
        }
        Audit.record("throttle.cleared", req, Optional.empty(), "key=" + key);
        res.status(Status.NO_CONTENT_204).send();
    }

    private UserAccount account(long id) {
        return repositories.users().account(id)
                .orElseThrow(() -> ApiException.notFound("There is no user with id '" + id + "'."));
    }

    private static Principal admin(ServerRequest req) {
        Principal caller = Caller.required(req);
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("Only an admin can manage accounts and their sign-in limits.");
        }
        return caller;
    }
}
