package dev.carlot.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application connects as a role that reads and writes rows and can do nothing else; the
 * superuser, which owns the schema, is kept for migrations, backups and restores.
 */
class ApplicationRoleTest {
    private static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z0iIhv1ia0mbv4f0kE0S3b5W";

    @TempDir
    Path temp;

    @Test
    void theApplicationRoleWritesRowsButCannotChangeTheSchemaOrMakeRoles() throws Exception {
        Path data = temp.resolve("data");
        try (Persistence persistence = new EmbeddedProvider().open(Settings.of(Map.of(Settings.DATA_DIR, data.toString())))) {
            persistence.migrate();
            persistence.repositories().users().create(new NewUser("a@example.com", "A", Role.USER, HASH));
            DataDirectory dir = DataDirectory.of(data.toString());
            Path credentials = dir.applicationCredentials();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            int port = ServerRecord.read(dir.serverFile()).orElseThrow().port();
            Endpoint endpoint = new Endpoint(port, ClusterPassword.read(dir.credentials()).orElseThrow(),
                    ClusterPassword.read(credentials));

            try (Connection app = DriverManager.getConnection(endpoint.jdbcUrl(), Endpoint.APPLICATION_ROLE,
                    endpoint.application().orElseThrow().value()); Statement sql = app.createStatement()) {
                assertEquals("1", one(sql, "select count(*) from users"));
                assertEquals(Endpoint.APPLICATION_ROLE, one(sql, "select current_user"), "the pool's role, not the superuser");
                assertEquals(1, sql.executeUpdate("update users set name = 'B'"));
                for (String forbidden : new String[] {"drop table users", "create table evil (x int)",
                        "create role evil login", "alter table users add column x int", "truncate users",
                        "delete from flyway_schema_history", "alter role carlot_app superuser"}) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.execute(forbidden), forbidden);
                    assertTrue(refused.getSQLState().startsWith("42"), forbidden + ": " + refused.getMessage());
                }
            }
            assertEquals("f", Psql.queryOne(endpoint, "select rolsuper from pg_roles where rolname = 'carlot_app'"));
            assertEquals("B", persistence.repositories().users().findByEmail("a@example.com").orElseThrow().name());
        }
    }

    @Test
    void aTableAddedByALaterMigrationIsWritableByTheApplication() throws Exception {
        Path data = temp.resolve("data");
        try (Persistence persistence = new EmbeddedProvider().open(Settings.of(Map.of(Settings.DATA_DIR, data.toString())))) {
            persistence.migrate();
            DataDirectory dir = DataDirectory.of(data.toString());
            Endpoint endpoint = new Endpoint(ServerRecord.read(dir.serverFile()).orElseThrow().port(),
                    ClusterPassword.read(dir.credentials()).orElseThrow(), ClusterPassword.read(dir.applicationCredentials()));
            // as Flyway would, connected as the owner
            Psql.execute(endpoint, "create table later (id bigint generated always as identity, x int)");

            try (Connection app = DriverManager.getConnection(endpoint.jdbcUrl(), Endpoint.APPLICATION_ROLE,
                    endpoint.application().orElseThrow().value()); Statement sql = app.createStatement()) {
                assertEquals(1, sql.executeUpdate("insert into later (x) values (1)"));
            }
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
