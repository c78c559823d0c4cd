package dev.carlot.backups;

import dev.carlot.backupfiles.BackupSchedule;
import dev.carlot.feature.ApiException;
import dev.carlot.feature.Audit;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Backups;
import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Page;
import jakarta.json.JsonValue;
import dev.carlot.persistence.PageRequest;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/admin/backups}: admins make a backup in the configured directory and list those
 * there, with the schedule when backups are scheduled.
 */
final class BackupRoutes {
    private final Backups backups;
    private final BackupMaker maker;
    private final BackupDirectory directory;
    private final Optional<BackupSchedule> schedule;
    private final Clock clock;

    BackupRoutes(Backups backups, BackupMaker maker, BackupDirectory directory, Optional<BackupSchedule> schedule,
                 Clock clock) {
        this.backups = backups;
        this.maker = maker;
        this.directory = directory;
        this.schedule = schedule;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.post("/api/admin/backups", this::create)
                .get("/api/admin/backups", this::list);
    }

    private void create(ServerRequest req, ServerResponse res) {
        requireAdmin(req);
        Path file = directory.require().resolve(BackupDirectory.newName(clock));
        Optional<BackupManifest> made;
        try {
            made = maker.make(file);
        } catch (RuntimeException e) {
            Audit.record("backup.failed", req, Optional.empty(), "file=" + file.getFileName(),
                    "reason=" + e.getClass().getSimpleName());
            throw e;
        }
        BackupManifest manifest = made.orElseThrow(() ->
                ApiException.conflict("A backup is being made already; try again when it has finished."));
        Audit.record("backup.created", req, Optional.empty(), "file=" + file.getFileName(),
                "rows=" + manifest.rows(), "schemaVersion=" + manifest.schemaVersion());
        res.status(Status.CREATED_201).send(BackupJson.of(file, Optional.of(manifest)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        requireAdmin(req);
        PageRequest page = Params.page(req);
        List<Path> files = directory.files();
        List<Path> slice = files.stream().skip(page.offset()).limit(page.limit()).toList();
        Page<Path> listed = new Page<>(slice, files.size(), page.limit(), page.offset());
        res.send(JsonOut.page(listed, file -> BackupJson.of(file, manifest(file)))
                .add("schedule", schedule.<JsonValue>map(s -> BackupJson.schedule(s, files, clock.instant()))
                        .orElse(JsonValue.NULL))
                .build());
    }

    /** A file that is not a readable backup is still listed, without what only its manifest knows. */
    private Optional<BackupManifest> manifest(Path file) {
        try {
            return Optional.of(backups.backupManifest(file));
        } catch (InvalidDataException e) {
            return Optional.empty();
        }
    }

    private static void requireAdmin(ServerRequest req) {
        Principal caller = Caller.required(req);
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("Only an admin can make or list backups.");
        }
    }
}
