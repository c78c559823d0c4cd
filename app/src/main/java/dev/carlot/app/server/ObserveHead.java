package dev.carlot.app.server;

import io.helidon.common.Weighted;
import io.helidon.webserver.ListenerConfig;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.spi.ServerFeature;
import java.util.Set;

/**
 * HEAD on the observe endpoints, answered by the very handlers that answer GET. Helidon's observe
 * feature registers GET routes only, and its handlers cannot be reached from outside Helidon; so
 * the feature is set up on a routing of ours ({@link HeadRouting}) which registers, beside each GET,
 * a HEAD that runs the same handler into a {@link HeadResponse}. Nothing else changes.
 */
final class ObserveHead implements ServerFeature, Weighted {
    private final ServerFeature observe;

    private ObserveHead(ServerFeature observe) {
        this.observe = observe;
    }

    /** {@code observe}, answering HEAD wherever it answers GET. */
    static ServerFeature of(ServerFeature observe) {
        return new ObserveHead(observe);
    }

    @Override
    public void setup(ServerFeatureContext context) {
        observe.setup(new Context(context));
    }

    @Override
    public String name() {
        return observe.name();
    }

    @Override
    public String type() {
        return observe.type();
    }

    @Override
    public double weight() {
        return observe instanceof Weighted weighted ? weighted.weight() : Weighted.DEFAULT_WEIGHT;
    }

    /** The server's sockets, each handing out its routing as a {@link HeadRouting}. */
    private record Context(ServerFeatureContext delegate) implements ServerFeatureContext {
        @Override
        public WebServerConfig serverConfig() {
            return delegate.serverConfig();
        }

        @Override
        public Set<String> sockets() {
            return delegate.sockets();
        }

        @Override
        public boolean socketExists(String socketName) {
            return delegate.socketExists(socketName);
        }

        @Override
        public SocketBuilders socket(String socketName) {
            return new Socket(delegate.socket(socketName));
        }
    }

    private record Socket(SocketBuilders delegate) implements SocketBuilders {
        @Override
        public ListenerConfig listener() {
            return delegate.listener();
        }

        @Override
        public HttpRouting.Builder httpRouting() {
            return new HeadRouting(delegate.httpRouting());
        }

        @Override
        public RoutingBuilders routingBuilders() {
            return delegate.routingBuilders();
        }
    }
}
