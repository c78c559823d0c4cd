package dev.carlot.feature;

import io.helidon.webserver.http.ServerRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The address a client is known by, for throttling and the audit log: its connection's peer,
 * or, when that peer is a proxy the operator trusts, the client the proxy relayed (the runtime
 * reads it from the PROXY protocol header and hands it over with {@link #relayed}). Headers
 * such as X-Forwarded-For are never read, since any client can write them. An IPv6 client
 * counts as its /64, the block one subscriber usually gets whole.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    /** The address of the client that sent {@code request}. */
    public static String of(ServerRequest request) {
        return request.context().get(Relayed.class, Relayed.class)
                .map(relayed -> of(new InetSocketAddress(relayed.client(), 0)))
                .orElseGet(() -> of(request.remotePeer().address()));
    }

    /**
     * Records that {@code request} came through a trusted proxy for {@code client}. Only the
     * runtime calls this, and only after it has checked the connection's peer against the
     * operator's list of trusted proxies: whoever calls it decides who the client is.
     */
    public static void relayed(ServerRequest request, InetAddress client) {
        request.context().register(Relayed.class, new Relayed(client));
    }

    /** The address {@code peer} is known by: an IPv4 address, an IPv6 /64 block, or the peer's own text. */
    public static String of(SocketAddress peer) {
        if (!(peer instanceof InetSocketAddress socket) || socket.getAddress() == null) {
            return String.valueOf(peer);
        }
        if (socket.getAddress() instanceof Inet6Address v6) {
            return HexFormat.of().formatHex(Arrays.copyOf(v6.getAddress(), 8)) + "::/64";
        }
        return socket.getAddress().getHostAddress();
    }

    /** A private type as the context's key: no other code can register a value under it by accident. */
    private record Relayed(InetAddress client) {
    }
}
