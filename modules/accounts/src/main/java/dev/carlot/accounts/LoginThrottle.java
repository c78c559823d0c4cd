package dev.carlot.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: failed logins are counted per account (normalized email) and per
 * client address. Once a key has {@code limit} failures within the window, it is refused for a
 * while: {@link LoginLimits#firstBlock()}, doubling with every further failure up to
 * {@link LoginLimits#maxBlock()}. A refusal always ends; a key forgets its failures a window
 * after the last one (or after its refusal ended), and a successful login clears its account,
 * so the real user is delayed, never locked out for good.
 *
 * <p>Kept in memory: a restart forgets it, and each kind of key holds at most
 * {@link LoginLimits#maxKeys()} entries, the stalest evicted first.
 */
final class LoginThrottle {
    /** Failures of one key: how many, the last one, and until when the key is refused. */
    private record Strikes(int failures, Instant last, Instant blockedUntil) {
    }

    private final LoginLimits limits;
    private final Clock clock;
    private final Map<String, Strikes> accounts = new ConcurrentHashMap<>();
    private final Map<String, Strikes> clients = new ConcurrentHashMap<>();

    LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the caller must wait before trying {@code email} from {@code client}; empty if it may try now. */
    Optional<Duration> wait(String email, String client) {
        Instant now = clock.instant();
        Duration wait = max(waitOf(accounts, email, now), waitOf(clients, client, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a wrong password or unknown email against both keys. */
    void failed(String email, String client) {
        Instant now = clock.instant();
        strike(accounts, email, limits.perAccount(), now);
        strike(clients, client, limits.perClient(), now);
    }

    /** The account proved its password: its own failures are forgiven (the client's are not). */
    void succeeded(String email) {
        accounts.remove(email);
    }

    private Duration waitOf(Map<String, Strikes> keys, String key, Instant now) {
        Strikes strikes = keys.get(key);
        if (strikes == null || !now.isBefore(strikes.blockedUntil())) {
            return Duration.ZERO;
        }
        // whole seconds, rounded up, because Retry-After has no fractions
        long millis = Duration.between(now, strikes.blockedUntil()).toMillis();
        return Duration.ofSeconds((millis + 999) / 1000);
    }

    private void strike(Map<String, Strikes> keys, String key, int limit, Instant now) {
        if (!keys.containsKey(key) && keys.size() >= limits.maxKeys()) {
            evict(keys, now);
        }
        keys.compute(key, (k, old) -> {
            int failures = old == null || expired(old, now) ? 1 : old.failures() + 1;
            Instant blockedUntil = failures < limit ? Instant.MIN : now.plus(block(failures - limit));
            return new Strikes(failures, now, blockedUntil);
        });
    }

    /** The block after the {@code n}-th failure beyond the limit (0-based): doubling, capped. */
    private Duration block(int n) {
        Duration block = limits.firstBlock().multipliedBy(1L << Math.min(n, 30));
        return block.compareTo(limits.maxBlock()) > 0 ? limits.maxBlock() : block;
    }

    /** Forgotten a window after the last failure or the end of the refusal, whichever is later. */
    private boolean expired(Strikes strikes, Instant now) {
        Instant latest = strikes.blockedUntil().isAfter(strikes.last()) ? strikes.blockedUntil() : strikes.last();
        return !now.isBefore(latest.plus(limits.window()));
    }

    /** Drops forgotten keys; if every key is still live, the one whose last failure is oldest. */
    private void evict(Map<String, Strikes> keys, Instant now) {
        keys.values().removeIf(strikes -> expired(strikes, now));
        if (keys.size() >= limits.maxKeys()) {
            keys.entrySet().stream().min(Comparator.comparing(e -> e.getValue().last()))
                    .ifPresent(stalest -> keys.remove(stalest.getKey(), stalest.getValue()));
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
