package dev.carlot.backups;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.feature.ApiException;
import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The directory backups made through the API go to ({@code carlot.backups.dir}, environment
 * {@code CARLOT_BACKUP_DIR}). Each is named after the time it was started, so names sort by age.
 */
record BackupDirectory(Optional<Path> path) {
    /** Within the feature's own section, {@code carlot.backups}. */
    static final String KEY = "dir";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    static BackupDirectory configured(Config config) {
        return new BackupDirectory(ConfigValues.text(config.get(KEY)).map(Path::of));
    }

    /** The directory, created (0700) if missing; a 409 when none is configured. */
    Path require() {
        Path dir = path.orElseThrow(() -> ApiException.conflict("Backups through the API are off: set CARLOT_BACKUP_DIR"
                + " (carlot.backups.dir) to a directory and restart. 'carlot backup FILE' works without it."));
        try {
            return BackupFiles.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup directory " + dir + ": " + e.getMessage(), e);
        }
    }

    static String newName(Clock clock) {
        return "carlot-" + NAME_TIME.format(clock.instant()) + ".zip";
    }

    /** The backup files in the directory, newest first. */
    List<Path> files() {
        return BackupFiles.list(require());
    }
}
