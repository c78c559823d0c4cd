package dev.carlot.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups written to files so that a file of the name asked for is always a whole backup: the
 * data goes to a hidden file beside it, is forced to disk, and only then takes the name (an
 * older backup of that name stays intact until then). A failed backup leaves nothing behind.
 */
public final class BackupFiles {
    private BackupFiles() {
    }

    /**
     * The backups in {@code dir} ({@code *.zip}; hidden files are backups still being written),
     * newest first.
     *
     * @throws UnavailableException when the directory cannot be read
     */
    public static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(BackupFiles::modified).reversed().thenComparing(Comparator.reverseOrder()))
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UnavailableException("cannot list the backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** When {@code file} was last written; a file gone meanwhile counts as oldest. */
    public static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * @throws InvalidDataException when the file cannot be written (no such directory, no permission)
     * @throws UnavailableException when the database or the disk fails during the backup
     */
    public static BackupManifest write(Persistence persistence, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                BackupManifest manifest = persistence.backup(out);
                out.flush();
                channel.force(true);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return manifest;
            }
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new InvalidDataException("cannot write the backup to " + target + ": "
                    + (e instanceof AccessDeniedException ? "permission denied" : "no such directory"), e);
        } catch (IOException e) {
            throw new UnavailableException("writing the backup to " + target + " failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the partial file is hidden and overwritten by the next backup of that name
            }
        }
    }
}
