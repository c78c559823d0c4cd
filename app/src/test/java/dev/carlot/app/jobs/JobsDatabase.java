package dev.carlot.app.jobs;

import dev.carlot.app.TestBackend;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Leases;
import dev.carlot.testing.postgres.Eventually;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated PostgreSQL database whose leases the jobs of a test class share. Always the
 * postgres backend: leases are one SQL statement on both backends (their contract tests run on
 * each), and a database on the shared server is made in a second where an embedded one takes many.
 */
final class JobsDatabase implements BeforeAllCallback, AfterAllCallback {
    static final Duration BOUND = Duration.ofSeconds(30);

    private TestBackend backend;
    private Persistence persistence;

    private JobsDatabase() {
    }

    /** One database for the test class: {@code @RegisterExtension static final JobsDatabase database = ...}. */
    static JobsDatabase perClass() {
        return new JobsDatabase();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        backend = TestBackend.fresh("postgres");
        try {
            persistence = backend.open(backend.config());
            persistence.migrate();
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    Repositories repositories() {
        return persistence.repositories();
    }

    Leases leases() {
        return persistence.repositories().leases();
    }

    /** Polls {@code condition} until it holds, failing the test past {@link #BOUND}. */
    static void await(String what, BooleanSupplier condition) {
        Eventually.await(what, BOUND, condition);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (persistence != null) {
                persistence.close();
            }
        } finally {
            if (backend != null) {
                backend.close();
            }
        }
    }
}
