package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with default settings seeds the demo accounts with the published development
 * password: it then listens on loopback only, on its first start and on every later one while
 * the accounts keep that password, unless the operator chose the address.
 */
class DevelopmentPasswordAddressTest {
    @TempDir
    Path temp;

    @Test
    void aServerWithTheDevelopmentPasswordListensOnLoopbackOnlyUntilTheOperatorChoosesAHost() throws IOException {
        InetAddress outside = nonLoopbackAddress();
        Map<String, String> environment = Map.of("CARLOT_BACKEND", "embedded",
                "CARLOT_DATA_DIR", temp.resolve("data").toString());

        var first = CarlotProcess.serveWithDefaults(environment, temp.resolve("first.log"));
        try {
            assertFalse(reachable(outside, first), "first start reachable from " + outside);
            assertTrue(first.logText().contains("listening on 127.0.0.1 only"), first.logText());
        } finally {
            first.stop();
        }

        // a later start with a seed password set: the accounts seeded before still have the development one
        var again = CarlotProcess.serveWithDefaults(
                Map.of("CARLOT_BACKEND", "embedded", "CARLOT_DATA_DIR", temp.resolve("data").toString(),
                        "CARLOT_SEED_PASSWORD", "another long password"), temp.resolve("again.log"));
        try {
            assertFalse(reachable(outside, again), "second start reachable from " + outside);
        } finally {
            again.stop();
        }

        var chosen = CarlotProcess.serveWithDefaults(environment, temp.resolve("chosen.log"), "--host=0.0.0.0");
        try {
            assertTrue(reachable(outside, chosen), "an operator's --host=0.0.0.0 is obeyed");
        } finally {
            chosen.stop();
        }
    }

    private static boolean reachable(InetAddress address, CarlotProcess carlot) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, carlot.http().uri("/").getPort()), 5_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        Optional<InetAddress> address = NetworkInterface.networkInterfaces()
                .filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no address but loopback");
        return address.get();
    }
}
