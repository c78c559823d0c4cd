package dev.carlot.persistence.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One server on a fresh directory, looked at from outside the way an attacker or operator would. */
class EmbeddedServerTest {
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

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
