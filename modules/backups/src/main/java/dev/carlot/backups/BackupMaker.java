package dev.carlot.backups;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.Backups;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes backups into the directory for the routes and the schedule alike, one at a time on this
 * server: a second at once would only double the load for a copy of the same data.
 */
final class BackupMaker {
    private final Backups backups;
    private final ReentrantLock running = new ReentrantLock();

    BackupMaker(Backups backups) {
        this.backups = backups;
    }

    /**
     * Writes a backup to {@code file}, whole or not at all; empty, and nothing written, while
     * another backup is being made.
     */
    Optional<BackupManifest> make(Path file) {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BackupFiles.write(file, backups::backup));
        } finally {
            running.unlock();
        }
    }
}
