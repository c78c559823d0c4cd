package dev.carlot.backups;

import dev.carlot.backupfiles.BackupSchedule;
import dev.carlot.feature.ConfigValues;
import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import io.helidon.config.Config;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * Backups an admin makes and lists over HTTP, in the configured directory, and scheduled backups
 * with retention ({@code carlot.backups.schedule}, {@code carlot.backups.keep}), made on one server
 * of the cluster at a time as a background job.
 */
public final class BackupsFeature implements Feature {

    @Override
    public String name() {
        return "backups";
    }

    /** The one feature given {@link dev.carlot.persistence.Backups}: it makes and lists them. */
    @Override
    public boolean makesBackups() {
        return true;
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        BackupDirectory directory = BackupDirectory.configured(context.config());
        Optional<BackupSchedule> schedule = schedule(context.config());
        if (schedule.isPresent() && directory.path().isEmpty()) {
            throw new IllegalArgumentException(BackupSchedule.EVERY_KEY + " needs a directory to write to: set"
                    + " CARLOT_BACKUP_DIR (carlot.backups.dir) as well");
        }
        BackupMaker maker = new BackupMaker(context.backups().orElseThrow());
        new BackupRoutes(context.backups().orElseThrow(), maker, directory, schedule, context.clock()).register(routes);
        schedule.ifPresent(s -> context.background().every(ScheduledBackups.JOB, s.tick(),
                new ScheduledBackups(s, directory, maker, context.clock())));
    }

    /** The schedule in the feature's section ({@code schedule}, {@code keep}); none when unset. */
    static Optional<BackupSchedule> schedule(Config section) {
        return BackupSchedule.parse(ConfigValues.text(section.get("schedule")), ConfigValues.text(section.get("keep")));
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
