package dev.carlot.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind HAProxy every connection comes from HAProxy; the PROXY protocol header (send-proxy-v2)
 * tells each Carlot who the client is, and only HAProxy is believed. Clients here speak from
 * their own loopback addresses (127.0.0.2, 127.0.0.3, ...) so the servers can tell them apart:
 * login attempts at one account are throttled per account and client address, five in the window.
 */
@Order(1)
@Timeout(600)
@ExtendWith(SharedCluster.class)
class ProxiedClientsTest {
    private static final String WRONG = "not-the-password";
    private final Cluster cluster;
    private final int front;

    ProxiedClientsTest(Cluster cluster) {
        this.cluster = cluster;
        this.front = Integer.parseInt(cluster.value("HAPROXY_PORT").strip());
    }

    private static int login(String from, int port, byte[] header, String extraHeaders, String email) throws IOException {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + WRONG + "\"}";
        return RawHttp.send(from, port, header, "POST", "/api/auth/login", extraHeaders, body)
                .orElseThrow(() -> new AssertionError("no answer from port " + port)).status();
    }

    private int throughHaproxy(String from, String extraHeaders, String email) throws IOException {
        return login(from, front, new byte[0], extraHeaders, email);
    }

    @Test
    void twoClientsBehindHaproxyAreThrottledEachOnTheirOwn() throws IOException {
        String email = cluster.front().account("user").email();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, throughHaproxy("127.0.0.2", "", email), "attempt " + (i + 1) + " from 127.0.0.2");
        }
        assertEquals(429, throughHaproxy("127.0.0.2", "", email), "the sixth from 127.0.0.2");

        // without the PROXY header all of them would be HAProxy's 127.0.0.1, and refused alike
        assertEquals(401, throughHaproxy("127.0.0.3", "", email), "127.0.0.3 has attempts of its own");
    }

    @Test
    void aForgedForwardedForThroughHaproxyIsNotBelieved() throws IOException {
        String email = cluster.front().account("user").email();
        for (int i = 0; i < 5; i++) {
            throughHaproxy("127.0.0.4", "", email);
        }

        assertEquals(429, throughHaproxy("127.0.0.4", "X-Forwarded-For: 192.0.2.44\r\n", email),
                "a throttled client stays throttled whatever address it claims");
        assertEquals(401, throughHaproxy("127.0.0.5", "X-Forwarded-For: 127.0.0.4\r\n", email),
                "and cannot spend another client's attempts by naming it");
    }

    @Test
    void aProxyHeaderSentStraightToACarlotPortByAnyoneButHaproxyIsNotBelieved() throws IOException {
        String email = cluster.front().account("user").email();
        int carlot = cluster.carlotPorts().getFirst();
        for (int i = 0; i < 5; i++) {
            throughHaproxy("127.0.0.6", "", email);
        }

        // 127.0.0.6 goes round HAProxy and says, in a PROXY header of its own, that it is someone else
        assertEquals(429, login("127.0.0.6", carlot, RawHttp.proxied("192.0.2.66"), "", email),
                "a header from a peer that is no trusted proxy is ignored");
        assertEquals(Optional.empty(), RawHttp.send("127.0.0.7", carlot, new byte[0], "GET", "/observe/health", "", null, 2000),
                "a connection without a header is not answered");
    }
}
