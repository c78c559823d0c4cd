package dev.carlot.app.server;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The features of the boot layer: those on the module path, and the runtime's own. */
final class BuiltIn {
    private BuiltIn() {
    }

    /**
     * Registers every feature on the module path and {@code own}, sorted by name so that the order
     * does not depend on the module path, each with the context {@code contexts} makes for it.
     *
     * @throws IllegalStateException when a feature fails
     */
    static List<Contribution> register(List<Feature> own, Function<Feature, FeatureContext> contexts) {
        List<Feature> features = new ArrayList<>(own);
        ServiceLoader.load(Feature.class).stream()
                // a plugin layer's provider is never seen from here, but say so: the boot layer's own only
                .filter(p -> p.type().getModule().getLayer() == ModuleLayer.boot() || !p.type().getModule().isNamed())
                .map(ServiceLoader.Provider::get).forEach(features::add);
        features.sort(Comparator.comparing(Feature::name));
        return features.stream().map(f -> Contribution.register(f, contexts.apply(f))).toList();
    }
}
