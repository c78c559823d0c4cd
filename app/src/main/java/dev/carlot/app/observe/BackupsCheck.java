package dev.carlot.app.observe;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.backupfiles.BackupSchedule;
import dev.carlot.persistence.UnavailableException;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The health check named {@code backups}, present when a backup directory is configured: the
 * newest backup there and its age in seconds, for an alert on backups that stopped, and with a
 * schedule the schedule, the last scheduled backup's age and when the next is due. Always UP:
 * how old is too old is the operator's call, and a missing backup does not stop serving.
 */
public final class BackupsCheck implements HealthCheck {
    private final Path dir;
    private final Optional<BackupSchedule> schedule;
    private final Clock clock;

    public BackupsCheck(Path dir, Optional<BackupSchedule> schedule, Clock clock) {
        this.dir = dir;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "backups";
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.builder().status(HealthCheckResponse.Status.UP)
                .detail("directory", dir.toString());
        try {
            List<Path> backups = BackupFiles.list(dir);
            response.detail("count", backups.size());
            schedule.ifPresent(s -> {
                response.detail("schedule", s.every().toString()).detail("keep", s.keep())
                        .detail("nextScheduled", s.next(backups, clock.instant()).toString());
                BackupSchedule.last(backups).ifPresent(last -> response.detail("lastScheduledAgeSeconds",
                        Duration.between(last, clock.instant()).toSeconds()));
            });
            if (backups.isEmpty()) {
                return response.detail("newest", "none").build();
            }
            Path newest = backups.getFirst();
            return response.detail("newest", newest.getFileName().toString())
                    .detail("newestAgeSeconds",
                            Duration.between(BackupFiles.modified(newest), clock.instant()).toSeconds())
                    .build();
        } catch (UnavailableException e) {
            return response.detail("error", e.getMessage()).build();
        }
    }
}
