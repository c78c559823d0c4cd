package dev.carlot.persistence;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Making and reading backups, without restoring one: the part of {@link Persistence} a feature
 * that offers backups over HTTP is given.
 */
public interface Backups {

    /**
     * Writes a logical backup of all Carlot data to {@code out}: one consistent snapshot taken
     * while the database keeps serving, streamed, so its size does not depend on memory. The
     * stream is not closed.
     *
     * @throws UnavailableException when the database or the stream fails
     */
    BackupManifest backup(OutputStream out);

    /**
     * The manifest of a backup file, read without loading or checking its data.
     *
     * @throws InvalidDataException when the file is not a readable backup
     */
    BackupManifest backupManifest(Path file);
}
