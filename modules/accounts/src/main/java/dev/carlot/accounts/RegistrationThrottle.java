package dev.carlot.accounts;

import dev.carlot.persistence.data.AttemptCount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Limits account creation per client address: each registration that passed validation counts,
 * before its password is hashed, whether it then succeeds or finds the email taken. This bounds
 * both the accounts one address can make and the bcrypt work it can ask for, and slows probing
 * for registered emails through the 409.
 */
final class RegistrationThrottle {
    private final RegistrationLimits limits;
    private final Counters counters;

    RegistrationThrottle(RegistrationLimits limits, Counters counters) {
        this.limits = limits;
        this.counters = counters;
    }

    /** Counts a registration from {@code client}; the wait when it is over the limit. */
    Optional<Duration> count(String client) {
        String key = Counters.key("register-client", client);
        AttemptCount count = counters.add(List.of(key), limits.window()).getFirst();
        if (count.attempts() <= limits.perClient()) {
            return Optional.empty();
        }
        counters.name(key, "registrations from address " + client);
        return Optional.of(counters.until(count.windowEnd()));
    }
}
