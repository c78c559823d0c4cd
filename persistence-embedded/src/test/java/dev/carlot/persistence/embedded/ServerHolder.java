package dev.carlot.persistence.embedded;

import java.io.IOException;

/**
 * A separate Carlot-like process for tests: runs the server on the data directory given as
 * argument, prints "ready postmasterPid watchdogPid port" and waits for stdin to close or for
 * a signal.
 */
public final class ServerHolder {
    private ServerHolder() {
    }

    public static void main(String[] args) throws IOException {
        var dir = DataDirectory.of(args[0]);
        dir.claim();
        var lock = DirectoryLock.tryAcquire(dir.lockFile()).orElseThrow();
        var server = EmbeddedServer.start(dir, lock);
        System.out.println("ready " + server.postmaster().pid() + " " + server.watchdog().pid()
                + " " + server.endpoint().port());
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the directory until the test kills this process
        }
        server.close();
    }
}
