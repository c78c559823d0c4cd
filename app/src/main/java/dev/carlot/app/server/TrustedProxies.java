package dev.carlot.app.server;

import dev.carlot.feature.ClientAddress;
import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose PROXY protocol header names the client ({@code carlot.server.proxy-protocol}
 * on, {@code carlot.server.trusted-proxies} the list). With the protocol on, Helidon reads the
 * header every connection must begin with; this filter believes its source address only when
 * the connection's own peer is in the list. A header from anyone else is ignored: that client
 * is known by its own address, as without a proxy.
 */
public record TrustedProxies(List<AddressBlock> blocks) implements Filter {
    static final String ENABLED = "proxy-protocol";
    static final String LIST = "trusted-proxies";

    /**
     * The setting in {@code server} (the {@code carlot.server} node); empty when the protocol is off.
     *
     * @throws IllegalArgumentException naming the key, when the list is malformed, or is missing
     *         while the protocol is on, or is given while it is off
     */
    public static Optional<TrustedProxies> from(Config server) {
        boolean enabled = ConfigValues.flag(server.get(ENABLED), false);
        Config list = server.get(LIST);
        List<String> entries = list.isList() ? list.asList(String.class).get().stream().map(String::strip).toList()
                : ConfigValues.text(list).map(text -> Arrays.asList(text.split("[,\\s]+"))).orElse(List.of());
        List<AddressBlock> blocks;
        try {
            blocks = entries.stream().filter(e -> !e.isEmpty()).map(AddressBlock::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(list.key() + ": " + e.getMessage());
        }
        if (enabled && blocks.isEmpty()) {
            throw new IllegalArgumentException(server.get(ENABLED).key() + " is on, so " + list.key()
                    + " must name the proxies whose PROXY headers are believed (such as 10.0.0.5 or 10.0.0.0/24)");
        }
        if (!enabled && !blocks.isEmpty()) {
            throw new IllegalArgumentException(list.key() + " is set but " + server.get(ENABLED).key()
                    + " is off: turn it on, or remove the list (nothing else reads it)");
        }
        return enabled ? Optional.of(new TrustedProxies(blocks)) : Optional.empty();
    }

    /** Whether {@code peer}, a connection's own peer, is one of the trusted proxies. */
    public boolean trusts(SocketAddress peer) {
        return peer instanceof InetSocketAddress socket && socket.getAddress() != null
                && blocks.stream().anyMatch(block -> block.contains(socket.getAddress()));
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (trusts(req.remotePeer().address())) {
            req.proxyProtocolData().flatMap(TrustedProxies::client).ifPresent(client -> ClientAddress.relayed(req, client));
        }
        chain.proceed();
    }

    /**
     * The relayed client; none for a header without one (HAProxy's own health checks send
     * {@code LOCAL}, family unspecified): such a connection is the proxy's own.
     */
    private static Optional<InetAddress> client(ProxyProtocolData header) {
        if (header.family() != ProxyProtocolData.Family.IPv4 && header.family() != ProxyProtocolData.Family.IPv6) {
            return Optional.empty();
        }
        return AddressBlock.literal(header.sourceAddress());
    }
}
