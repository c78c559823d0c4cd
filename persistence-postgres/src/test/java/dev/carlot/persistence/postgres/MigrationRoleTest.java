package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a migration URL, the postgres backend migrates, backs up and restores as the schema's
 * owner and serves requests as a role granted row access only.
 */
class MigrationRoleTest {
    private static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z0iIhv1ia0mbv4f0kE0S3b5W";

    @Test
    void thePoolsRoleWritesRowsAndTheOwnerMigrates() throws SQLException {
        try (TestDatabase db = TestDatabases.fresh()) {
            // roles belong to the whole server, which other tests' databases share: named after this database
            String role = db.name() + "_app";
            String password = "a password of the application role";
            try {
                try (Persistence persistence = new PostgresProvider().open(Settings.of(Map.of(
                        Settings.URL, db.jdbcUrl(), Settings.USER, role, Settings.PASSWORD, password,
                        Settings.MIGRATION_URL, db.jdbcUrl(), Settings.MIGRATION_USER, db.user(),
                        Settings.MIGRATION_PASSWORD, db.password(), Settings.CREATE_APPLICATION_ROLE, "true")))) {
                    persistence.migrate();
                    persistence.repositories().users().create(new NewUser("a@example.com", "A", Role.USER, HASH));

                    assertEquals(db.user(), db.queryValue("select tableowner from pg_tables where tablename = 'users'"));
                    assertEquals("1", db.queryValue("select count(*) from users"));
                }
                try (Connection app = DriverManager.getConnection(db.jdbcUrl(), role, password);
                     Statement sql = app.createStatement()) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.execute("drop table users"));
                    assertTrue(refused.getSQLState().startsWith("42"), refused.getMessage());
                    assertThrows(SQLException.class, () -> sql.execute("create role evil"));
                }
            } finally {
                db.run("drop owned by " + role, "drop role if exists " + role);
            }
        }
    }
}
