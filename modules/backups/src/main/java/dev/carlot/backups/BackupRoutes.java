package dev.carlot.backups;

import dev.carlot.backupfiles.BackupFiles;
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
import dev.carlot.persistence.PageRequest;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/** {@code /api/admin/backups}: admins make a backup in the configured directory and list those there. */
final class BackupRoutes {
    private final Backups backups;
    private final BackupDirectory directory;
    private final Clock clock;
    /** One backup at a time: a second would only double the load for a copy of the same data. */
    private final ReentrantLock running = new ReentrantLock();

    BackupRoutes(Backups backups, BackupDirectory directory, Clock clock) {
        this.backups = backups;
        this.directory = directory;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.post("/api/admin/backups", this::create)
                .get("/api/admin/backups", this::list);
    }

    private void create(ServerRequest req, ServerResponse res) {
        requireAdmin(req);
        Path dir = directory.require();
        if (!running.tryLock()) {
            throw ApiException.conflict("A backup is being made already; try again when it has finished.");
        }
        try {
            Path file = dir.resolve(BackupDirectory.newName(clock));
            BackupManifest manifest;
            try {
                manifest = BackupFiles.write(file, backups::backup);
            } catch (RuntimeException e) {
                Audit.record("backup.failed", req, Optional.empty(), "file=" + file.getFileName(),
                        "reason=" + e.getClass().getSimpleName());
                throw e;
            }
            Audit.record("backup.created", req, Optional.empty(), "file=" + file.getFileName(),
                    "rows=" + manifest.rows(), "schemaVersion=" + manifest.schemaVersion());
            res.status(Status.CREATED_201).send(BackupJson.of(file, Optional.of(manifest)));
        } finally {
            running.unlock();
        }
    }

    private void list(ServerRequest req, ServerResponse res) {
        requireAdmin(req);
        PageRequest page = Params.page(req);
        List<Path> files = directory.files();
        List<Path> slice = files.stream().skip(page.offset()).limit(page.limit()).toList();
        Page<Path> listed = new Page<>(slice, files.size(), page.limit(), page.offset());
        res.send(JsonOut.page(listed, file -> BackupJson.of(file, manifest(file))).build());
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
