package dev.carlot.testing.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * An embedded PostgreSQL for the whole JVM, data in a temporary directory. Once started it is
 * made to behave like a remote server: TCP connections must log in with a password.
 */
final class EmbeddedTestServer {

    private EmbeddedTestServer() {
    }

    @SuppressWarnings("resource") // stopped by zonky's shutdown hook, which also removes the data
    static TestServer start() {
        try {
            Path data = Files.createTempDirectory("carlot-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns it off; with it off, a VACUUM right after a commit cannot mark the
                    // pages all-visible (the commit is not flushed yet), and the plans tests expect
                    // index-only scans, as on a server with the default, and Carlot's embedded backend
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            String password = UUID.randomUUID().toString();
            TestServer trusted = new TestServer("127.0.0.1", postgres.getPort(), "postgres", "", "postgres");
            trusted.run("alter role postgres password '" + password + "'");
            Files.writeString(data.resolve("pg_hba.conf"), """
                    local all all trust
                    host all all 127.0.0.1/32 scram-sha-256
                    """);
            trusted.run("select pg_reload_conf()");
            return new TestServer("127.0.0.1", postgres.getPort(), "postgres", password, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded test PostgreSQL", e);
        }
    }
}
