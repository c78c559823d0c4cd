package dev.carlot.backups;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.backupfiles.BackupSchedule;
import dev.carlot.feature.Audit;
import dev.carlot.persistence.BackupManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The job of scheduled backups (named {@value #JOB}): at each tick, when the schedule says a
 * backup is due, it makes one and then deletes the scheduled backups past the newest
 * {@code keep}. The runtime runs it on one server of the cluster at a time; what is due is read
 * from the directory, so a server taking the job over knows what the last one did.
 */
final class ScheduledBackups implements Runnable {
    static final String JOB = "backups.schedule";
    private static final Duration MIN_STALE = Duration.ofHours(1);
    private static final System.Logger LOG = System.getLogger(ScheduledBackups.class.getName());

    private final BackupSchedule schedule;
    private final BackupDirectory directory;
    private final BackupMaker maker;
    private final Clock clock;

    ScheduledBackups(BackupSchedule schedule, BackupDirectory directory, BackupMaker maker, Clock clock) {
        this.schedule = schedule;
        this.directory = directory;
        this.maker = maker;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (!schedule.due(directory.files(), clock.instant())) {
            return;
        }
        sweepAbandoned();
        Path file = directory.require().resolve(BackupSchedule.fileName(clock.instant()));
        Optional<BackupManifest> made;
        try {
            made = maker.make(file);
        } catch (RuntimeException e) {
            Audit.system("backup.failed", Optional.empty(), "file=" + file.getFileName(), "by=schedule",
                    "reason=" + e.getClass().getSimpleName());
            throw e;
        }
        if (made.isEmpty()) {
            // a backup made by hand is running on this server: the next tick tries again
            return;
        }
        BackupManifest manifest = made.get();
        Audit.system("backup.created", Optional.empty(), "file=" + file.getFileName(), "by=schedule",
                "rows=" + manifest.rows(), "schemaVersion=" + manifest.schemaVersion());
        for (Path old : schedule.expired(directory.files())) {
            delete(old);
        }
    }

    /**
     * Deletes the partial files that backups which stopped half-way left behind, once they have
     * not been written to for a whole period of the schedule (and an hour at least: a backup made
     * by hand on another server may pause that long in a slow table, and is written to all the time
     * otherwise). Scheduled names are never reused, so nothing else would ever remove them.
     */
    private void sweepAbandoned() {
        Duration stale = schedule.every().compareTo(MIN_STALE) > 0 ? schedule.every() : MIN_STALE;
        for (Path partial : BackupFiles.abandoned(directory.require(), clock.instant().minus(stale))) {
            Instant modified = BackupFiles.modified(partial);
            try {
                if (Files.deleteIfExists(partial)) {
                    Audit.system("backup.partial-deleted", Optional.empty(), "file=" + partial.getFileName(),
                            "by=schedule", "modified=" + modified);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot delete the abandoned partial backup " + partial + ": " + e.getMessage());
            }
        }
    }

    private void delete(Path old) {
        try {
            if (Files.deleteIfExists(old)) {
                Audit.system("backup.deleted", Optional.empty(), "file=" + old.getFileName(), "by=schedule",
                        "keep=" + schedule.keep());
            }
        } catch (IOException e) {
            // kept until the next scheduled backup tries again; the disk fills slower than that
            LOG.log(System.Logger.Level.WARNING, "cannot delete the old scheduled backup " + old + ": " + e.getMessage());
        }
    }
}
