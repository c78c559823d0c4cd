package dev.carlot.persistence.postgres;

import dev.carlot.persistence.DatabaseHealth.ReplicaState;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.ReadConsistency;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.SessionUser;
import dev.carlot.persistence.data.User;
import dev.carlot.testing.postgres.Eventually;
import dev.carlot.testing.postgres.StreamingReplication;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The postgres backend opened on a {@link StreamingReplication} pair with reads from the replica,
 * and what the replica tests do through it: requests in a {@link ReadConsistency}, as the
 * Authentication filter runs them, and bounded polls for what the replica will do in its time.
 */
final class Replicated implements AutoCloseable {

    /** Long enough for a loaded two-core machine, and a poll ends as soon as its condition holds. */

    final StreamingReplication pair;
    final Persistence persistence;

    private Replicated(StreamingReplication pair, Persistence persistence) {
        this.pair = pair;
        this.persistence = persistence;
    }

    /** The backend on the primary of {@code pair}, migrated, reading from its replica while it lags less than {@code maxLag}. */
    static Replicated open(StreamingReplication pair, Duration maxLag) {
        Persistence persistence = new PostgresProvider().open(Settings.of(Map.of(Settings.URL, pair.primaryUrl(),
                Settings.READ_URL, pair.replicaUrl(), Settings.READ_MAX_LAG, maxLag.toString())));
        persistence.migrate();
        return new Replicated(pair, persistence);
    }

    /** What one reading request of nobody in particular gets. */
    <T> T anonymously(Supplier<T> read) {
        return within(ReadConsistency.anonymous(false), read);
    }

    /** What one request of the session with {@code tokenHash} gets, its last write looked up first as the filter does. */
    <T> T asSession(String tokenHash, boolean writes, Supplier<T> work) {
        SessionUser session = persistence.repositories().sessions().findSession(tokenHash, Instant.now()).orElseThrow();
        return within(ReadConsistency.of(tokenHash, session, writes), work);
    }

    private <T> T within(ReadConsistency consistency, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        persistence.within(consistency, () -> result.set(work.get()));
        return result.get();
    }

    /** A new session of {@code user}; its token hash. */
    String aSessionOf(User user) {
        String hash = Fixtures.unique("token-hash");
        persistence.repositories().sessions().create(user.id(), hash, Instant.now().plus(Duration.ofDays(1)));
        return hash;
    }

    /** Whether an anonymous read finds {@code car}: false while it is read on a replica that has not replayed it. */
    boolean anonymousReadFinds(Car car) {
        return anonymously(() -> persistence.repositories().cars().find(car.id())).isPresent();
    }

    ReplicaState replicaState() {
        return persistence.health().replica().orElseThrow().state();
    }

    /** Waits, with a bound, until the replica has replayed everything written so far and serves reads. */
    void caughtUp(Car latest) {
        Eventually.await("the replica serves the latest car", () -> replicaState() == ReplicaState.SERVING
                && anonymousReadFinds(latest));
    }

    /** How many scans reads made of table cars on the replica (its own statistics, flushed within about a second). */
    long replicaCarScans() {
        return pair.replicaNumber("select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_user_tables"
                + " where relname = 'cars'");
    }

    /** The first value {@code read} gives that is present, polling with the same bound. */
    static <T> T eventuallyPresent(String what, Supplier<Optional<T>> read) {
        AtomicReference<T> found = new AtomicReference<>();
        Eventually.await(what, () -> read.get().map(value -> {
            found.set(value);
            return true;
        }).orElse(false));
        return found.get();
    }

    @Override
    public void close() {
        persistence.close();
    }
}
