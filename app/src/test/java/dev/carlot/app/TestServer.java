package dev.carlot.app;

import dev.carlot.app.server.CarlotServer;
import dev.carlot.persistence.Persistence;
import io.helidon.logging.common.LogConfig;
import java.net.URI;
import java.time.Clock;

/**
 * The real Carlot, in-process, on a fresh database of the backend under test: the same wiring
 * function as {@code carlot serve}, on a free port, with a bcrypt cost of 4 to keep tests fast.
 * One per test class.
 */
public final class TestServer implements AutoCloseable {
    static {
        // the same logging as carlot serve: logging.properties from the app module
        LogConfig.configureRuntime();
    }

    /**
     * The flag that loads the plugins shipping with Carlot (the console) from the folders the build
     * made, as the launcher does; a test that does not give it runs without them.
     */
    public static final String BUNDLED_PLUGINS = "--bundled-plugins-dir=target/bundled-plugins";

    private final TestBackend backend;
    private final AppConfig config;
    private final Persistence persistence;
    private final CarlotServer server;
    private final Http http;

    private TestServer(TestBackend backend, AppConfig config, Persistence persistence, CarlotServer server) {
        this.backend = backend;
        this.config = config;
        this.persistence = persistence;
        this.server = server;
        this.http = new Http(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    public static TestServer start(String... flags) {
        return start(TestBackend.fresh(), flags);
    }

    /** A server whose features take "now" from {@code clock}, so that a test can let time pass. */
    public static TestServer start(Clock clock, String... flags) {
        return start(TestBackend.fresh(), clock, flags);
    }

    /** A server on {@code backend}, which may already hold data; the server closes it. */
    public static TestServer start(TestBackend backend, String... flags) {
        return start(backend, Clock.systemUTC(), flags);
    }

    private static TestServer start(TestBackend backend, Clock clock, String... flags) {
        try {
            AppConfig config = backend.config(flags);
            Persistence persistence = backend.open(config);
            try {
                persistence.migrate();
                return new TestServer(backend, config, persistence, CarlotServer.start(config, persistence, clock));
            } catch (RuntimeException e) {
                persistence.close();
                throw e;
            }
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    public Http http() {
        return http;
    }

    public Persistence persistence() {
        return persistence;
    }

    public CarlotServer server() {
        return server;
    }

    public AppConfig config() {
        return config;
    }

    public TestBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                persistence.close();
            } finally {
                backend.close();
            }
        }
    }
}
