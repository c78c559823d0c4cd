package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code carlot} as its own JVM on the module path, as the launcher runs it: exit codes and stderr. */
class MainProcessTest {

    record Exit(int code, String out, String err) {
    }

    private static Exit java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", System.getProperty("jdk.module.path"), "-m", "dev.carlot.app/dev.carlot.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("CARLOT_") || k.equals("DATABASE_URL") || k.equals("PORT"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        int code = process.waitFor();
        return new Exit(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(60) // a guard against hanging, not a measurement
    void anUnreachableDatabaseEndsWithOneLineOnStderrAndExitCode4() throws Exception {
        Exit exit = java(Map.of("DATABASE_URL", "postgres://carlot:secret@127.0.0.1:1/carlot"), "migrate");

        assertEquals(ExitCode.UNAVAILABLE.code(), exit.code(), exit.err());
        assertEquals("carlot: cannot connect to PostgreSQL at 127.0.0.1:1: connection refused\n", exit.err());
        assertTrue(!exit.out().contains("Exception"), exit.out());
    }

    @Test
    @Timeout(60)
    void helpFindsBothBackendsOnTheModulePath() throws Exception {
        Exit exit = java(Map.of(), "help");

        assertEquals(0, exit.code(), exit.err());
        assertTrue(exit.out().contains("Backends on the module path: embedded, postgres"), exit.out());
    }
}
