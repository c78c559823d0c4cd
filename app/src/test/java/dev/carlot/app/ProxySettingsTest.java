package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.server.AddressBlock;
import dev.carlot.app.server.TrustedProxies;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** carlot.server.proxy-protocol and carlot.server.trusted-proxies, as the environment and flags give them. */
class ProxySettingsTest {

    private static AppConfig load(Map<String, String> environment, String... flags) {
        return AppConfig.load(CommandLine.parse(flags), environment);
    }

    private static InetSocketAddress peer(String address) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(address), 4711);
    }

    @Test
    void byDefaultNoProxyIsTrusted() {
        assertEquals(Optional.empty(), load(Map.of()).trustedProxies());
    }

    @Test
    void theEnvironmentTurnsItOnWithAListOfAddressesAndBlocks() throws Exception {
        TrustedProxies proxies = load(Map.of("CARLOT_PROXY_PROTOCOL", "true",
                "CARLOT_TRUSTED_PROXIES", "10.0.0.5, 192.168.8.0/22 2001:db8::/32")).trustedProxies().orElseThrow();

        assertTrue(proxies.trusts(peer("10.0.0.5")));
        assertFalse(proxies.trusts(peer("10.0.0.6")));
        assertTrue(proxies.trusts(peer("192.168.11.200")));
        assertFalse(proxies.trusts(peer("192.168.12.1")));
        assertTrue(proxies.trusts(peer("2001:db8:ffff::1")));
        assertFalse(proxies.trusts(peer("2001:db9::1")));
    }

    @Test
    void onWithoutAListIsRefusedAtStart() {
        var failure = assertThrows(ConfigurationException.class, () -> load(Map.of("CARLOT_PROXY_PROTOCOL", "on")));

        assertTrue(failure.getMessage().contains("carlot.server.trusted-proxies must name the proxies"), failure.getMessage());
    }

    @Test
    void aListWithTheProtocolOffIsRefusedRatherThanIgnored() {
        var failure = assertThrows(ConfigurationException.class, () -> load(Map.of(), "--trusted-proxies=10.0.0.5"));

        assertTrue(failure.getMessage().contains("carlot.server.proxy-protocol is off"), failure.getMessage());
    }

    @Test
    void aHostNameOrABadPrefixIsNoBlock() {
        var name = assertThrows(ConfigurationException.class,
                () -> load(Map.of(), "--proxy-protocol=true", "--trusted-proxies=haproxy.internal"));
        assertTrue(name.getMessage().contains("'haproxy.internal' is not an IP address"), name.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AddressBlock.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> AddressBlock.parse("10.0.0.0/"));
    }
}
