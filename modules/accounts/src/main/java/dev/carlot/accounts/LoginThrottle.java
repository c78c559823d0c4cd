package dev.carlot.accounts;

import dev.carlot.persistence.data.AttemptCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing without letting anyone lock an owner out (see docs/reliability.md).
 * Every attempt at an account's password (a sign-in, or the current password of a password
 * change) is counted before any password is checked, in one statement, against three keys:
 * the account from this client address, the client address, and the account. It is refused
 * when this address has used up its budget for the account, or its budget for all accounts,
 * or when the account is under attack (past its soft limit) and this address has already tried
 * it in the window. An address that has not tried the account in the window always gets its
 * attempt, so the owner, from any address that has not failed, can sign in during an attack.
 * The right password takes its attempt back from the address and the account, and clears the
 * address's count for the account.
 */
final class LoginThrottle {
    /** One counted attempt: its keys, and why it is refused, if it is. */
    record Attempt(String accountClient, String client, String account, Optional<Refusal> refusal) {
    }

    /** Which budget refused the attempt, and until when. */
    record Refusal(String limit, Duration retryAfter) {
    }

    private final LoginLimits limits;
    private final Counters counters;

    LoginThrottle(LoginLimits limits, Counters counters) {
        this.limits = limits;
        this.counters = counters;
    }

    /** Counts an attempt at {@code email}'s password from {@code client}. */
    Attempt count(String email, String client) {
        Attempt attempt = new Attempt(Counters.key("login-account-client", email, client),
                Counters.key("login-client", client), Counters.key("login-account", email), Optional.empty());
        List<AttemptCount> counts = counters.add(List.of(attempt.accountClient(), attempt.client(),
                attempt.account()), limits.window());
        AttemptCount accountClient = counts.get(0);
        AttemptCount fromClient = counts.get(1);
        AttemptCount account = counts.get(2);
        Optional<Refusal> refusal = Optional.empty();
        if (fromClient.attempts() > limits.perClient()) {
            refusal = refusal(refusal, "client", fromClient.windowEnd());
        }
        if (accountClient.attempts() > limits.perAccountClient()) {
            refusal = refusal(refusal, "account-client", accountClient.windowEnd());
        } else if (account.attempts() > limits.perAccount() && accountClient.attempts() > 1) {
            refusal = refusal(refusal, "account", accountClient.windowEnd());
        }
        return new Attempt(attempt.accountClient(), attempt.client(), attempt.account(), refusal);
    }

    /** The attempt had the right password. */
    void succeeded(Attempt attempt) {
        counters.clear(attempt.accountClient());
        counters.forgive(List.of(attempt.client(), attempt.account()));
    }

    /** The longer of two waits, so that a retry after it is not refused by the other limit. */
    private Optional<Refusal> refusal(Optional<Refusal> so, String limit, Instant end) {
        Duration wait = counters.until(end);
        return so.filter(s -> s.retryAfter().compareTo(wait) >= 0).or(() -> Optional.of(new Refusal(limit, wait)));
    }
}
