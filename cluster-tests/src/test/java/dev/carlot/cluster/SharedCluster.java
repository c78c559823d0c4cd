package dev.carlot.cluster;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test class the same {@link Cluster}: started by the first class that asks, stopped
 * when the whole run ends (JUnit closes what its root store holds). Starting one costs a minute,
 * so a start that failed is reported to every class rather than tried again.
 */
final class SharedCluster implements ParameterResolver {

    /** The cluster, or why it could not start. */
    private record Start(Cluster cluster, RuntimeException failure) implements AutoCloseable {
        static Start attempt() {
            try {
                return new Start(Cluster.up(), null);
            } catch (RuntimeException | AssertionError e) {
                return new Start(null, e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e));
            }
        }

        @Override
        public void close() {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Cluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Start start = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedCluster.class))
                .computeIfAbsent(Start.class, type -> Start.attempt(), Start.class);
        if (start.failure() != null) {
            throw start.failure();
        }
        return start.cluster();
    }
}
