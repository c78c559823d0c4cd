package dev.carlot.persistence.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Which process runs a data directory's server and on which port, so that other commands
 * can talk to it (and a refused second start can say who holds the directory).
 */
record ServerRecord(long pid, int port) {

    static Optional<ServerRecord> read(Path file) throws IOException {
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        try {
            return Optional.of(new ServerRecord(
                    Long.parseLong(properties.getProperty("pid", "")),
                    Integer.parseInt(properties.getProperty("port", ""))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file in one step, so a reader never sees half of it. */
    void writeTo(Path file) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            out.write("pid=" + pid + "\nport=" + port + "\n");
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
