package dev.carlot.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every path under a directory with its size, modification time and mode, to prove nothing changed. */
record DirectorySnapshot(Map<String, String> entries) {

    static DirectorySnapshot of(Path root) throws IOException {
        var entries = new TreeMap<String, String>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                var a = Files.readAttributes(p, PosixFileAttributes.class);
                entries.put(root.relativize(p).toString(),
                        a.size() + " " + a.lastModifiedTime() + " " + PosixFilePermissions.toString(a.permissions()));
            }
        }
        return new DirectorySnapshot(entries);
    }
}
