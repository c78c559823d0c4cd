package dev.carlot.accounts;

import dev.carlot.persistence.data.AttemptCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing without letting anyone lock an owner out (see docs/reliability.md).
 * Every attempt at an account's password (a sign-in, or the current password of a password
 * change) is counted before any password is checked, each count one atomic statement, against
 * three keys: the client address, the account from this address, and the account. It is refused
 * when this address has used up its budget for all accounts, or its budget for the account, or
 * when the account is under attack (past its soft limit) and this address has already tried it
 * in the window. An address that has not tried the account in the window (and is within its own
 * budget) always gets its attempt, so the owner, from any address that has not failed, can sign
 * in during an attack.
 * The right password takes its attempt back from the address and the account, and clears the
 * address's count for the account. A counter that refuses is named (the address, the account) so
 * that an operator can see who is slowed and clear it; counters that never refused stay anonymous.
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

    /**
     * Counts an attempt at {@code email}'s password from {@code client}. An address past its own
     * budget is refused on that count alone, so that its further requests add nothing to the
     * account's counts and no rows for the accounts they name.
     */
    Attempt count(String email, String client) {
        String accountClient = Counters.key("login-account-client", email, client);
        String clientKey = Counters.key("login-client", client);
        String accountKey = Counters.key("login-account", email);
        AttemptCount fromClient = counters.add(List.of(clientKey), limits.window()).getFirst();
        if (fromClient.attempts() > limits.perClient()) {
            counters.name(clientKey, "address " + client);
            return new Attempt(accountClient, clientKey, accountKey, refusal("client", fromClient.windowEnd()));
        }
        List<AttemptCount> counts = counters.add(List.of(accountClient, accountKey), limits.window());
        AttemptCount pair = counts.get(0);
        AttemptCount account = counts.get(1);
        Optional<Refusal> refusal = Optional.empty();
        if (pair.attempts() > limits.perAccountClient()) {
            counters.name(accountClient, "account " + email + " from address " + client);
            refusal = refusal("account-client", pair.windowEnd());
        } else if (account.attempts() > limits.perAccount() && pair.attempts() > 1) {
            counters.name(accountKey, "account " + email);
            refusal = refusal("account", pair.windowEnd());
        }
        return new Attempt(accountClient, clientKey, accountKey, refusal);
    }

    /** The attempt had the right password. */
    void succeeded(Attempt attempt) {
        counters.clear(attempt.accountClient());
        counters.forgive(List.of(attempt.client(), attempt.account()));
    }

    private Optional<Refusal> refusal(String limit, Instant end) {
        return Optional.of(new Refusal(limit, counters.until(end)));
    }
}
