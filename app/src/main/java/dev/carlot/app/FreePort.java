package dev.carlot.app;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checked before the database is opened, so that a port in use is reported at once, and in one
 * sentence: Helidon would log a failed bind with a stack trace and return a stopped server.
 */
final class FreePort {
    private FreePort() {
    }

    /** @throws ConfigurationException when nothing can listen on {@code server}'s address and port */
    static void require(AppConfig.Server server) {
        if (server.port() == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(server.host(), server.port()));
        } catch (IOException e) {
            throw new ConfigurationException("cannot listen on " + server.host() + ":" + server.port() + ": "
                    + (e instanceof BindException ? "the port is in use" : e.getMessage())
                    + "; stop what uses it or set PORT (--port)");
        }
    }
}
