package dev.carlot.app.observe;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.persistence.UnavailableException;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The health check named {@code backups}, present when a backup directory is configured: the
 * newest backup there and its age in seconds, for an alert on backups that stopped. Always UP:
 * how old is too old is the operator's call, and a missing backup does not stop serving.
 */
public final class BackupsCheck implements HealthCheck {
    private final Path dir;
    private final Clock clock;

    public BackupsCheck(Path dir, Clock clock) {
        this.dir = dir;
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
