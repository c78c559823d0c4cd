package dev.carlot.app.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The psql client against a server at {@code address} (host:port), as an operator would use it. */
record Psql(String address, String password, String database) {

    /** The first line psql prints for {@code sql}, or empty when psql fails (the server is down). */
    Optional<String> query(String sql) {
        String[] hostPort = address.split(":");
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-qtA", "-h", hostPort[0], "-p", hostPort[1],
                "-U", "postgres", "-d", database, "-c", sql).redirectErrorStream(false);
        builder.environment().put("PGPASSWORD", password);
        builder.environment().put("PGCONNECT_TIMEOUT", "5");
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.getErrorStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(out.lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
