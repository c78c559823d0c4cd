package dev.carlot.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PgBouncer's admin console, through psql: the console refuses the SET the JDBC driver sends when it connects. */
final class PgBouncerConsole {
    private PgBouncerConsole() {
    }

    /**
     * {@code command} on the console at {@code port} as {@code cluster_admin}; each row maps column to value.
     */
    static List<Map<String, String>> rows(String port, String password, String command) {
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-A", "-F", "\t", "-P", "footer=off", "-h", "127.0.0.1",
                "-p", port, "-U", "cluster_admin", "-d", "pgbouncer", "-c", command);
        builder.environment().put("PGPASSWORD", password);
        builder.redirectErrorStream(true);
        try {
            Process psql = builder.start();
            List<String> lines = new String(psql.getInputStream().readAllBytes()).lines().toList();
            if (psql.waitFor() != 0 || lines.isEmpty()) {
                throw new AssertionError("psql on PgBouncer's console failed: " + lines);
            }
            String[] columns = lines.getFirst().split("\t", -1);
            return lines.stream().skip(1).map(line -> {
                String[] values = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.length && i < values.length; i++) {
                    row.put(columns[i], values[i]);
                }
                return row;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
