package dev.carlot.accounts;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.ClientAddress;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.Problem;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.data.Credentials;
import dev.carlot.persistence.data.NewUser;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Optional;

/** {@code /api/auth/register}, {@code /login} and {@code /logout}. */
final class AuthRoutes {
    static final String EMAIL_TAKEN = "users_email_key";

    private final Persistence persistence;
    private final Passwords passwords;
    private final SessionIssuer sessions;
    private final LoginThrottle throttle;

    AuthRoutes(Persistence persistence, Passwords passwords, SessionIssuer sessions, LoginThrottle throttle) {
        this.persistence = persistence;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void register(Routes routes) {
        routes.post("/api/auth/register", this::registerAccount)
                .post("/api/auth/login", this::login)
                .post("/api/auth/logout", this::logout);
    }

    private void registerAccount(ServerRequest req, ServerResponse res) {
        var input = AccountInput.registration(JsonBody.object(req));
        // Hash before the transaction: bcrypt is deliberately slow and must not hold a connection.
        var account = new NewUser(input.email(), input.name(), input.role(), passwords.hash(input.password()));
        Login login;
        try {
            login = persistence.inTransaction(tx -> sessions.open(tx, tx.users().create(account)));
        } catch (ConflictException e) {
            if (EMAIL_TAKEN.equals(e.constraint())) {
                throw ApiException.conflict("An account with this email already exists; sign in instead.");
            }
            throw e;
        }
        res.status(Status.CREATED_201).send(AccountJson.login(login));
    }

    private void login(ServerRequest req, ServerResponse res) {
        var input = AccountInput.login(JsonBody.object(req));
        String client = ClientAddress.of(req);
        // a refused attempt checks no password, so guessing on during the wait learns nothing
        Optional<Duration> wait = throttle.wait(input.email(), client);
        if (wait.isPresent()) {
            throw ApiException.tooManyRequests("too-many-login-attempts",
                    "Too many failed sign-ins for this account or from this address; try again in "
                            + ApiException.seconds(wait.get()) + " seconds.", wait.get());
        }
        Optional<Credentials> credentials = persistence.users().credentials(input.email());
        if (!passwords.matches(input.password(), credentials.map(Credentials::passwordHash))) {
            throttle.failed(input.email(), client);
            throw wrongCredentials();
        }
        throttle.succeeded(input.email());
        sessions.purgeIfDue(persistence.sessions());
        res.send(AccountJson.login(sessions.open(persistence, credentials.orElseThrow().user())));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        persistence.sessions().delete(Caller.required(req).tokenHash());
        res.status(Status.NO_CONTENT_204).send();
    }

    // One answer for an unknown email and a wrong password, so that it reveals no accounts.
    private static ApiException wrongCredentials() {
        return new ApiException(Problem.of(401, "invalid-credentials", "Unauthorized",
                "The email or password is not right."));
    }
}
