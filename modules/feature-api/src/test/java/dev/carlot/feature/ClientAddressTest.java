package dev.carlot.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void aClientIsItsIpv4AddressOrItsIpv6Slash64() throws Exception {
        assertEquals("192.0.2.1", ClientAddress.of(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 4711)));
        String one = ClientAddress.of(new InetSocketAddress(InetAddress.getByName("2001:db8:0:aa::1"), 4711));
        String sameBlock = ClientAddress.of(new InetSocketAddress(InetAddress.getByName("2001:db8:0:aa:ffff::9"), 1));
        String otherBlock = ClientAddress.of(new InetSocketAddress(InetAddress.getByName("2001:db8:0:ab::1"), 4711));
        assertEquals(one, sameBlock);
        assertNotEquals(one, otherBlock);
    }
}
