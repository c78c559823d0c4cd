package dev.carlot.app.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every path under a directory with the SHA-256 of its content, to prove a refused start changed
 * and deleted nothing. PostgreSQL's own log and the options file a start attempt rewrites are left out.
 */
record DirectoryFingerprint(Map<String, String> entries) {
    private static final Set<String> WRITTEN_BY_A_START_ATTEMPT = Set.of("postgres.log", "postmaster.opts");

    static DirectoryFingerprint of(Path root) {
        var entries = new TreeMap<String, String>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (!WRITTEN_BY_A_START_ATTEMPT.contains(p.getFileName().toString())) {
                    entries.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir" : sha256(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DirectoryFingerprint(entries);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
