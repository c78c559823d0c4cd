package dev.carlot.feature;

import java.util.Map;
import java.util.Objects;

/**
 * A feature's look at its own health, shown by the runtime in {@code /observe/health} under the
 * check named {@code features}: one entry per feature, built in or plugin. It is called on every
 * health request, so it must be quick and must not throw for a merely unhealthy state.
 */
@FunctionalInterface
public interface FeatureHealth {

    /** Looks now. */
    Report check();

    /**
     * What a look found.
     *
     * @param up whether the feature can do its work
     * @param details a few facts for an operator, such as a queue length; values are strings or numbers
     */
    record Report(boolean up, Map<String, Object> details) {

        /** Copies the details, so that a report does not change after it is made. */
        public Report {
            details = Map.copyOf(Objects.requireNonNull(details, "details"));
        }

        /** Healthy, with no details. */
        public static Report healthy() {
            return new Report(true, Map.of());
        }

        /** Unhealthy, saying why in the detail {@code reason}. */
        public static Report unhealthy(String reason) {
            return new Report(false, Map.of("reason", reason));
        }
    }
}
