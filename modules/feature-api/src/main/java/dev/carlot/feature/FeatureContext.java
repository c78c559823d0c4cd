package dev.carlot.feature;

import dev.carlot.persistence.Backups;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.UnitOfWork;
import dev.carlot.persistence.plugin.PluginStore;
import io.helidon.config.Config;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feature is given, and no more: the repositories, a unit of work for several writes
 * at once, its own configuration section ({@code carlot.<name>}, e.g. {@code carlot.accounts};
 * {@code carlot.plugins.<plugin>} for a plugin's feature), the clock to take "now" from, the
 * runtime's {@link Background} for periodic work, {@link Backups} when the feature asks for them
 * ({@link Feature#makesBackups()}), and a plugin's own {@link PluginStore} when its plugin ships
 * migrations. Migrations, restores and the rest of the configuration stay with the runtime.
 */
public record FeatureContext(Repositories repositories, UnitOfWork transactions, Config config, Clock clock,
                             Background background, Optional<Backups> backups, Optional<PluginStore> store) {

    /** Rejects a missing part, so that a feature never meets a null at its first request. */
    public FeatureContext {
        Objects.requireNonNull(repositories, "repositories");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(backups, "backups");
        Objects.requireNonNull(store, "store");
    }

    /** A context without a plugin store: that of a built-in feature, or of a plugin that ships no migrations. */
    public FeatureContext(Repositories repositories, UnitOfWork transactions, Config config, Clock clock,
                          Background background, Optional<Backups> backups) {
        this(repositories, transactions, config, clock, background, backups, Optional.empty());
    }

    /**
     * The context the runtime gives a built-in {@code feature}: the section of {@code root} named
     * {@code carlot.<feature name>}, and the database's backups only if the feature makes them.
     */
    public static FeatureContext of(Feature feature, Persistence persistence, Config root, Clock clock,
                                    Background background) {
        return of(feature, persistence, section(root, feature.name()), clock, background, Optional.empty());
    }

    /**
     * The context of {@code feature} with the configuration section {@code section} it owns and the
     * plugin store {@code store}, if any; the database's backups only if the feature makes them.
     */
    public static FeatureContext of(Feature feature, Persistence persistence, Config section, Clock clock,
                                    Background background, Optional<PluginStore> store) {
        Optional<Backups> backups = feature.makesBackups() ? Optional.of(persistence) : Optional.empty();
        return new FeatureContext(persistence.repositories(), persistence, section, clock, background, backups, store);
    }

    /** The configuration section the feature named {@code featureName} owns: {@code carlot.<featureName>}. */
    public static Config section(Config root, String featureName) {
        return root.get("carlot").get(featureName);
    }
}
