package dev.carlot.app.observe;

import dev.carlot.feature.FeatureHealth;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The health check named {@code features}: every served feature that has a check of its own
 * ({@link dev.carlot.feature.Feature#health()}), built in or plugin, as the detail
 * {@code <feature>: UP|DOWN} and its facts as {@code <feature>.<fact>}. DOWN when one is. The
 * features are those of the route table being served, so a plugin's check comes and goes with it.
 */
public final class FeaturesCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(FeaturesCheck.class.getName());

    private final Supplier<Map<String, FeatureHealth>> checks;

    public FeaturesCheck(Supplier<Map<String, FeatureHealth>> checks) {
        this.checks = checks;
    }

    @Override
    public String name() {
        return "features";
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.builder();
        boolean up = true;
        for (Map.Entry<String, FeatureHealth> check : checks.get().entrySet()) {
            String feature = check.getKey();
            FeatureHealth.Report report;
            try {
                report = check.getValue().check();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "the health check of the feature '" + feature + "' failed", e);
                report = FeatureHealth.Report.unhealthy("its check failed: " + e.getClass().getSimpleName());
            }
            up &= report.up();
            response.detail(feature, report.up() ? "UP" : "DOWN");
            report.details().forEach((key, value) -> response.detail(feature + "." + key, value));
        }
        return response.status(up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN).build();
    }
}
