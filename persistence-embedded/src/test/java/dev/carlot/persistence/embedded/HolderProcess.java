package dev.carlot.persistence.embedded;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** A {@link ServerHolder} running in its own JVM, started from this test JVM's class and module path. */
record HolderProcess(Process jvm, long postmasterPid, long watchdogPid, int port) {

    static HolderProcess start(Path dataDir, Path stderr) throws IOException {
        String path = String.join(File.pathSeparator,
                System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""));
        Process jvm = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", path, ServerHolder.class.getName(), dataDir.toString())
                .redirectError(stderr.toFile())
                .start();
        String line = new BufferedReader(new InputStreamReader(jvm.getInputStream())).readLine();
        if (line == null || !line.startsWith("ready ")) {
            jvm.destroyForcibly();
            fail("holder did not start: " + line + "\n" + Files.readString(stderr));
        }
        String[] parts = line.split(" ");
        return new HolderProcess(jvm, Long.parseLong(parts[1]), Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
        jvm.destroyForcibly();
        jvm.waitFor();
    }

    static boolean exits(long pid, Duration within) throws Exception {
        var process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }
}
