package dev.carlot.persistence.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The superuser password of an embedded cluster, generated once and kept in a 0600 file. */
record ClusterPassword(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static ClusterPassword generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ClusterPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The password in {@code file}: its first line, the format initdb's --pwfile reads. */
    static Optional<ClusterPassword> read(Path file) throws IOException {
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .findFirst()
                .filter(line -> !line.isBlank())
                .map(ClusterPassword::new);
    }

    /** Writes a new file readable by the owner only; the mode is set before the secret goes in. */
    void writeTo(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ClusterPassword[hidden]";
    }
}
