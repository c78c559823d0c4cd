package dev.carlot.testing.postgres;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A PostgreSQL container for the whole JVM; Testcontainers removes it when the JVM exits. */
final class ContainerTestServer {

    private static final String IMAGE = "postgres:17-alpine";

    private ContainerTestServer() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            // No Testcontainers on the class path, or no usable Docker: fall back to embedded.
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
    static TestServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        return new TestServer(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                container.getPassword(), container.getDatabaseName());
    }
}
