package dev.carlot.persistence.embedded;

import dev.carlot.persistence.Settings;
import java.util.Optional;

/**
 * Where and how to reach an embedded server over TCP: as the superuser, who owns the schema and
 * runs migrations, backups and restores, and (when its password is known) as the application's
 * role, which the pool uses and which may only read and write rows.
 */
record Endpoint(int port, ClusterPassword password, Optional<ClusterPassword> application) {
    static final String SUPERUSER = "postgres";
    /** The cluster is Carlot's own, one database in it: the name needs nothing to set it apart. */
    static final String APPLICATION_ROLE = "carlot_app";

    Endpoint(int port, ClusterPassword password) {
        this(port, password, Optional.empty());
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The settings the postgres backend needs to open its store on this server. */
    Settings applyTo(Settings settings) {
        Settings owner = settings.with(Settings.URL, jdbcUrl())
                .with(Settings.USER, SUPERUSER)
                .with(Settings.PASSWORD, password.value());
        return application.map(app -> owner
                        .with(Settings.USER, APPLICATION_ROLE)
                        .with(Settings.PASSWORD, app.value())
                        .with(Settings.MIGRATION_URL, jdbcUrl())
                        .with(Settings.MIGRATION_USER, SUPERUSER)
                        .with(Settings.MIGRATION_PASSWORD, password.value())
                        .with(Settings.CREATE_APPLICATION_ROLE, "true"))
                .orElse(owner);
    }
}
