package dev.carlot.persistence.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One server on a fresh directory, looked at from outside the way an attacker or operator would. */
class EmbeddedServerTest {
    private static final String RUNUSER = "/usr/sbin/runuser";
    @TempDir
    static Path temp;
    static DataDirectory dir;
    static ServerAccess server;

    @BeforeAll
    static void startOnAFreshDirectory() {
        dir = DataDirectory.of(temp.resolve("data").toString());
        server = ServerAccess.obtain(dir, false);
    }

    @AfterAll
    static void stop() {
        server.release().run();
    }

    @Test
    void runsWithFsyncAndSynchronousCommitOn() throws SQLException {
        assertEquals("on", Psql.queryOne(server.endpoint(), "select current_setting('fsync')"));
        assertEquals("on", Psql.queryOne(server.endpoint(), "select current_setting('synchronous_commit')"));
    }

    @Test
    void listensOnLoopbackOnlyAndOpensNoUnixSocket() throws SQLException {
        assertEquals("127.0.0.1", Psql.queryOne(server.endpoint(), "select current_setting('listen_addresses')"));
        assertEquals("", Psql.queryOne(server.endpoint(), "select current_setting('unix_socket_directories')"));
    }

    @Test
    void refusesAConnectionToThisMachinesNetworkAddress() throws Exception {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces().filter(EmbeddedServerTest::up)
                .flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .filter(a -> a instanceof Inet4Address).findFirst();
        Assumptions.assumeTrue(external.isPresent(),
                "this machine has no address but loopback, so there is no other address to try the server on");
        try (Socket socket = new Socket()) {
            var e = assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(external.get(), server.endpoint().port()), 5_000));
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
        }
    }

    @Test
    void acceptsNetworkLoginsFromLoopbackOnly() throws SQLException {
        // the 'local' rules stay unused: there is no Unix socket (see above)
        assertEquals("0", Psql.queryOne(server.endpoint(), "select count(*) from pg_hba_file_rules"
                + " where type <> 'local' and (type <> 'host' or address not in ('127.0.0.1', '::1'))"));
    }

    @Test
    void refusesALoginWithoutPassword() {
        var e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(server.endpoint().jdbcUrl(), Endpoint.SUPERUSER, "").close());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void refusesALoginWithAWrongPassword() {
        var e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                server.endpoint().jdbcUrl(), Endpoint.SUPERUSER, "not-" + server.endpoint().password().value()).close());
        assertEquals("28P01", e.getSQLState(), e.getMessage());
    }

    @Test
    void authenticatesEveryConnectionWithScram() throws SQLException {
        assertEquals("0", Psql.queryOne(server.endpoint(),
                "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"));
    }

    @Test
    void keepsTheDataDirectoryOwnerOnly() throws Exception {
        assertEquals("rwx------", mode(temp.resolve("data")));
        assertEquals("rwx------", mode(dir.cluster()));
    }

    @Test
    void anotherUserCanReadNeitherThePasswordNorTheDatabaseFiles() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(RUNUSER)) && "root".equals(System.getProperty("user.name")),
                "only root can act as another user (with " + RUNUSER + ") to try");
        // open the way to the data directory, so that only its own mode stands between
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path path : List.of(dir.credentials(), dir.cluster().resolve("postgresql.conf"), dir.cluster())) {
            Process read = new ProcessBuilder(RUNUSER, "-u", "nobody", "--", Files.isDirectory(path) ? "ls" : "cat",
                    path.toString()).redirectErrorStream(true).start();
            String output = new String(read.getInputStream().readAllBytes());
            assertTrue(read.waitFor() != 0, "nobody read " + path + ": " + output);
            assertTrue(output.contains("Permission denied"), output);
        }
    }

    @Test
    void keepsThePasswordInAnOwnerOnlyFile() throws Exception {
        assertEquals("rw-------", mode(dir.credentials()));
        assertEquals(server.endpoint().password().value(), Files.readString(dir.credentials()).strip());
        assertFalse(Files.exists(dir.pendingCredentials()));
    }

    @Test
    void recordsItsPidAndPortForOtherCommands() throws Exception {
        var record = ServerRecord.read(dir.serverFile()).orElseThrow();
        assertEquals(ProcessHandle.current().pid(), record.pid());
        assertEquals(server.endpoint().port(), record.port());
    }

    private static boolean up(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
