package dev.carlot.persistence.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Backup files changed the way a careless edit or a bad disk would, for tests of what restore refuses. */
final class BackupFiles {
    private BackupFiles() {
    }

    /** A well-formed zip with the entries of {@code from}, some of them edited as text. */
    static Path rewrite(Path from, Path to, Map<String, UnaryOperator<String>> edits) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                UnaryOperator<String> edit = edits.get(entry.getName());
                if (edit != null) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return to;
    }
}
