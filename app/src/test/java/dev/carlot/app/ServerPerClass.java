package dev.carlot.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServer} for a whole test class, started before its first test and closed after
 * its last: {@code @RegisterExtension static final ServerPerClass carlot = new ServerPerClass();}.
 */
public final class ServerPerClass implements BeforeAllCallback, AfterAllCallback {
    private final String[] flags;
    private TestServer server;

    public ServerPerClass(String... flags) {
        this.flags = flags.clone();
    }

    /** The running server; only between the class's first and last test. */
    public TestServer server() {
        if (server == null) {
            throw new IllegalStateException("the server runs only while the test class does");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start(flags);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
