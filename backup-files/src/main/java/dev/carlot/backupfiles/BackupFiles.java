package dev.carlot.backupfiles;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.UnavailableException;

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
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Backups written to files so that a file of the name asked for is always a whole backup: the
 * data goes to a hidden file beside it, is forced to disk, and only then takes the name (an
 * older backup of that name stays intact until then). A failed backup leaves nothing behind.
 * A backup holds password and token hashes: its file is readable by its owner only (0600), and
 * a directory created for backups by its owner only (0700), both from the moment they exist.
 */
public final class BackupFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final String PARTIAL = ".partial";
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private BackupFiles() {
    }

    /**
     * {@code dir}, created (with any missing parents) readable by its owner only when it does not
     * exist; an existing directory keeps the mode its owner gave it.
     */
    public static Path createDirectories(Path dir) throws IOException {
        return Files.createDirectories(dir, ownerOnly(dir, OWNER_DIRECTORY));
    }

    /** The mode as a creation attribute, so that no other mode exists even for an instant; none where POSIX modes do not. */
    private static FileAttribute<?>[] ownerOnly(Path path, Set<PosixFilePermission> mode) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
                : new FileAttribute<?>[0];
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

    /**
     * The partial files in {@code dir} (this class's own naming: {@code .NAME.zip.partial}) not
     * written to since {@code before}: left by a backup that stopped half-way (a crash, a kill
     * -9), which the finally below never reached. A backup still being written writes to its
     * file all the time, so it is newer than any bound of minutes.
     *
     * @throws UnavailableException when the directory cannot be read
     */
    public static List<Path> abandoned(Path dir, Instant before) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".zip" + PARTIAL);
            }).filter(Files::isRegularFile).filter(p -> modified(p).isBefore(before)).sorted().toList();
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

    /** Writes a backup of {@code persistence}'s data to {@code file}, whole or not at all. */
    public static BackupManifest write(Persistence persistence, Path file) {
        return write(file, persistence::backup);
    }

    /**
     * Writes what {@code backup} writes to {@code file}, whole or not at all.
     *
     * @throws InvalidDataException when the file cannot be written (no such directory, no permission)
     * @throws UnavailableException when the database or the disk fails during the backup
     */
    public static BackupManifest write(Path file, Function<OutputStream, BackupManifest> backup) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + PARTIAL);
        try {
            // CREATE_NEW: a leftover partial file would keep its own mode, so it goes first
            Files.deleteIfExists(partial);
            try (FileChannel channel = FileChannel.open(partial, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly(partial, OWNER_FILE))) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                BackupManifest manifest = backup.apply(out);
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
