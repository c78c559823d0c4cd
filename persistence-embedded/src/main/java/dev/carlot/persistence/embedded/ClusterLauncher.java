package dev.carlot.persistence.embedded;

import dev.carlot.persistence.UnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Drives zonky, overriding the defaults it chose for throwaway test databases: it would
 * initialise with trust authentication, run without fsync and synchronous commit, listen on
 * every interface and clean the directory.
 */
final class ClusterLauncher {
    private static final System.Logger LOG = System.getLogger(ClusterLauncher.class.getName());
    private static final int LOG_TAIL_BYTES = 8192;

    private ClusterLauncher() {
    }

    /** Starts the server on {@code port}, or on a free port when it is 0. */
    static EmbeddedPostgres launch(DataDirectory dir, ClusterPassword password, boolean fresh, int port,
                                   Duration startupWait) {
        var log = ProcessBuilder.Redirect.appendTo(dir.log().toFile());
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir.cluster().toFile())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(startupWait)
                // zonky's readiness probe logs in like any client.
                .setConnectConfig("password", password.value())
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                // no Unix socket: the server is reachable on 127.0.0.1 only
                .setServerConfig("unix_socket_directories", "");
        // zonky passes -F before these, so the later fsync=on wins.
        ServerCheck.REQUIRED.forEach(builder::setServerConfig);
        if (fresh) {
            // initdb options: zonky's "-A trust" comes first, these override it.
            builder.setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", dir.pendingCredentials().toString())
                    // independent of the host's locales, yet Unicode-aware upper()/lower()/ILIKE
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C");
        }
        EmbeddedPostgres postgres;
        boolean failed;
        try (var watch = StartupWatch.begin(dir.cluster())) {
            postgres = builder.start();
            failed = watch.failed();
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            // a server that never became ready may still be starting
            stopLeftover(dir);
            throw notStarted(dir, e);
        }
        if (failed) {
            stopQuietly(postgres, dir);
            throw notStarted(dir, null);
        }
        return postgres;
    }

    private static UnavailableException notStarted(DataDirectory dir, Throwable cause) {
        Optional<String> error = lastError(dir);
        return new UnavailableException("PostgreSQL did not start on data directory " + dir
                + error.map(line -> ": " + line).orElse("") + " (see " + dir.log() + ")"
                + error.flatMap(line -> StartFailure.advice(line, dir)).map(advice -> "; " + advice).orElse(""), cause);
    }

    /** Stops the server; the caller waits for the postmaster to exit where it matters. */
    static void stopQuietly(EmbeddedPostgres postgres, DataDirectory dir) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "stopping PostgreSQL on data directory " + dir + " failed: " + e.getMessage());
        }
    }

    private static void stopLeftover(DataDirectory dir) {
        try {
            Postmaster.of(dir.cluster()).ifPresent(p -> p.stop(Duration.ofSeconds(30)));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "no postmaster to stop on " + dir + ": " + e.getMessage());
        }
    }

    /** The last error PostgreSQL or initdb logged, which usually names the cause. */
    private static Optional<String> lastError(DataDirectory dir) {
        if (Files.notExists(dir.log())) {
            return Optional.empty();
        }
        try (var file = new RandomAccessFile(dir.log().toFile(), "r")) {
            long start = Math.max(0, file.length() - LOG_TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            return lines.reversed().stream()
                    .filter(l -> l.contains("FATAL:") || l.contains("PANIC:") || l.contains("error:"))
                    .findFirst()
                    .map(ClusterLauncher::withoutPrefix);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Drops the timestamp and pid PostgreSQL puts before the severity. */
    private static String withoutPrefix(String line) {
        for (String severity : List.of("FATAL:", "PANIC:")) {
            int at = line.indexOf(severity);
            if (at >= 0) {
                return line.substring(at).replaceAll("\\s+", " ").strip();
            }
        }
        return line.strip();
    }
}
