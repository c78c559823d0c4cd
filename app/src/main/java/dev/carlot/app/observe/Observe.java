package dev.carlot.app.observe;

import dev.carlot.app.AppConfig;
import dev.carlot.feature.FeatureHealth;
import dev.carlot.persistence.Persistence;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/** What Helidon's observe feature serves for Carlot: health with every check, and metrics. */
public final class Observe {
    private Observe() {
    }

    /**
     * {@code /observe/health} with the database check, the features' checks ({@code features}, read
     * at each request, as plugins come and go), the backups check when a backup directory is
     * configured, and details; {@code /observe/metrics}.
     */
    public static ObserveFeature feature(AppConfig config, Persistence persistence,
                                         Supplier<Map<String, FeatureHealth>> features) {
        var health = HealthObserver.builder().details(true).addCheck(new DatabaseCheck(persistence))
                .addCheck(new FeaturesCheck(features));
        config.backupDir().ifPresent(dir -> health.addCheck(new BackupsCheck(dir, config.backupSchedule(),
                Clock.systemUTC())));
        return ObserveFeature.builder()
                .addObserver(health.build())
                .addObserver(MetricsObserver.create())
                .build();
    }
}
