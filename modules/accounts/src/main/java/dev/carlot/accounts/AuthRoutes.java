package dev.carlot.accounts;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Audit;
import dev.carlot.feature.Caller;
import dev.carlot.feature.ClientAddress;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.Problem;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.UnitOfWork;
import dev.carlot.persistence.data.Credentials;
import dev.carlot.persistence.data.NewUser;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Optional;

/** {@code /api/auth/register}, {@code /login} and {@code /logout}. */
final class AuthRoutes {
    private final Repositories repositories;
    private final UnitOfWork transactions;
    private final Passwords passwords;
    private final SessionIssuer sessions;
    private final LoginThrottle logins;
    private final RegistrationThrottle registrations;

    AuthRoutes(Repositories repositories, UnitOfWork transactions, Passwords passwords, SessionIssuer sessions,
            LoginThrottle logins, RegistrationThrottle registrations) {
        this.repositories = repositories;
        this.transactions = transactions;
        this.passwords = passwords;
        this.sessions = sessions;
        this.logins = logins;
        this.registrations = registrations;
    }

    void register(Routes routes) {
        routes.post("/api/auth/register", this::registerAccount)
                .post("/api/auth/login", this::login)
                .post("/api/auth/logout", this::logout);
    }

    private void registerAccount(ServerRequest req, ServerResponse res) {
        var input = AccountInput.registration(JsonBody.object(req));
        Optional<Duration> wait = registrations.count(ClientAddress.of(req));
        if (wait.isPresent()) {
            Audit.record("register.throttled", req, Optional.empty());
            throw ApiException.tooManyRequests("too-many-registrations", "Too many accounts were registered from"
                    + " this address; try again in " + ApiException.seconds(wait.get()) + " seconds.", wait.get());
        }
        // Hash before the transaction: bcrypt is deliberately slow and must not hold a connection.
        var account = new NewUser(input.email(), input.name(), input.role(), passwords.hash(input.password()));
        Login login;
        try {
            login = transactions.inTransaction(tx -> sessions.open(tx, tx.users().create(account)));
        } catch (ConflictException e) {
            if (e.conflict() == Conflict.DUPLICATE_EMAIL) {
                throw ApiException.conflict("An account with this email already exists; sign in instead.");
            }
            throw e;
        }
        Audit.record("account.registered", req, Optional.of(login.user().id()), "role=" + login.user().role().wire());
        res.status(Status.CREATED_201).send(AccountJson.login(login));
    }

    private void login(ServerRequest req, ServerResponse res) {
        var input = AccountInput.login(JsonBody.object(req));
        // counted before any password work, so parallel guesses cannot all slip past the limit
        LoginThrottle.Attempt attempt = logins.count(input.email(), ClientAddress.of(req));
        if (attempt.refusal().isPresent()) {
            // a refused attempt checks no password, so guessing on during the wait learns nothing
            throw throttled(req, "login.throttled", Optional.empty(), attempt.refusal().get());
        }
        Optional<Credentials> credentials = repositories.users().credentials(input.email());
        Optional<Long> target = credentials.map(c -> c.user().id());
        if (!passwords.matches(input.password(), credentials.map(Credentials::passwordHash))) {
            Audit.record("login.failed", req, target);
            throw wrongCredentials();
        }
        if (credentials.orElseThrow().disabled()) {
            // told only to whoever knows the password, so it reveals nothing to a guesser
            Audit.record("login.disabled", req, target);
            throw new ApiException(Problem.of(403, "account-disabled", "Forbidden",
                    "This account is disabled; ask an administrator to enable it."));
        }
        logins.succeeded(attempt);
        sessions.purgeIfDue(repositories.sessions());
        Login login = sessions.open(repositories, credentials.orElseThrow().user());
        Audit.record("login.succeeded", req, target);
        res.send(AccountJson.login(login));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        var caller = Caller.required(req);
        repositories.sessions().delete(caller.tokenHash());
        Audit.record("logout", req, Optional.of(caller.id()));
        res.status(Status.NO_CONTENT_204).send();
    }

    /** The 429 of a refused password attempt (a sign-in, or a password change's current password). */
    static ApiException throttled(ServerRequest req, String event, Optional<Long> target, LoginThrottle.Refusal refusal) {
        Audit.record(event, req, target, "limit=" + refusal.limit());
        return ApiException.tooManyRequests("too-many-login-attempts", "Too many attempts at this password from this"
                + " address; try again in " + ApiException.seconds(refusal.retryAfter()) + " seconds.", refusal.retryAfter());
    }

    // One answer for an unknown email and a wrong password, so that it reveals no accounts.
    private static ApiException wrongCredentials() {
        return new ApiException(Problem.of(401, "invalid-credentials", "Unauthorized",
                "The email or password is not right."));
    }
}
