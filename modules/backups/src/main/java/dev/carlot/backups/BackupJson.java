package dev.carlot.backups;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.backupfiles.BackupSchedule;
import dev.carlot.feature.JsonTime;
import dev.carlot.feature.Jsonp;
import dev.carlot.persistence.BackupManifest;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A backup file as the API shows it: name, size and creation time, and from its manifest the
 * schema version and rows per table ({@code null} when the file is not a readable backup); and
 * the schedule, when backups are scheduled.
 */
final class BackupJson {
    private BackupJson() {
    }

    static JsonObject of(Path file, Optional<BackupManifest> manifest) {
        var json = Jsonp.objectBuilder()
                .add("name", file.getFileName().toString())
                .add("size", size(file))
                .add("scheduled", BackupSchedule.startOf(file).isPresent())
                .add("createdAt", JsonTime.millis(manifest.map(BackupManifest::createdAt)
                        .orElseGet(() -> BackupFiles.modified(file))));
        manifest.ifPresentOrElse(m -> {
            JsonArrayBuilder tables = Jsonp.arrayBuilder();
            m.tables().forEach(t -> tables.add(Jsonp.objectBuilder().add("name", t.name()).add("rows", t.rows())));
            json.add("schemaVersion", m.schemaVersion()).add("rows", m.rows()).add("tables", tables);
        }, () -> json.add("schemaVersion", JsonValue.NULL).add("rows", JsonValue.NULL).add("tables", JsonValue.NULL));
        return json.build();
    }

    /** {@code {every, keep, next}}: {@code next} is now while a backup is due and not yet made. */
    static JsonObject schedule(BackupSchedule schedule, List<Path> backups, Instant now) {
        return Jsonp.objectBuilder().add("every", schedule.every().toString()).add("keep", schedule.keep())
                .add("next", JsonTime.millis(schedule.next(backups, now))).build();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
