package dev.carlot.feature;

import io.helidon.webserver.http.ServerRequest;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The address a client is known by, for throttling and the audit log: its connection's peer.
 * Headers such as X-Forwarded-For are not read, since any client can write them. An IPv6 peer
 * counts as its /64, the block one subscriber usually gets whole.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    /** The address of the client that sent {@code request}. */
    public static String of(ServerRequest request) {
        return of(request.remotePeer().address());
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
}
