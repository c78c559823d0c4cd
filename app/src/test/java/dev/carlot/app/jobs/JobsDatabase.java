package dev.carlot.app.jobs;

import dev.carlot.app.TestBackend;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.data.Leases;
import dev.carlot.testing.postgres.Eventually;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A fresh, migrated PostgreSQL database whose leases the jobs of a test class share. Always the
 * postgres backend: leases are one SQL statement on both backends (their contract tests run on
 * each), and a database on the shared server is made in a second where an embedded one takes many.
 */
final class JobsDatabase implements AutoCloseable {
    static final Duration BOUND = Duration.ofSeconds(30);

    private final TestBackend backend;
    private final Persistence persistence;

    private JobsDatabase(TestBackend backend, Persistence persistence) {
        this.backend = backend;
        this.persistence = persistence;
    }

    static JobsDatabase open() {
        TestBackend backend = TestBackend.fresh("postgres");
        try {
            Persistence persistence = backend.open(backend.config());
            persistence.migrate();
            return new JobsDatabase(backend, persistence);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    Leases leases() {
        return persistence.repositories().leases();
    }

    /** Polls {@code condition} until it holds, failing the test past {@link #BOUND}. */
    static void await(String what, BooleanSupplier condition) {
        Eventually.await(what, BOUND, condition);
    }

    @Override
    public void close() {
        try {
            persistence.close();
        } finally {
            backend.close();
        }
    }
}
