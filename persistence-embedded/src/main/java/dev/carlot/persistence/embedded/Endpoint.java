package dev.carlot.persistence.embedded;

import dev.carlot.persistence.Settings;

/** Where and how to reach an embedded server over TCP. */
record Endpoint(int port, ClusterPassword password) {
    static final String SUPERUSER = "postgres";

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The settings the postgres backend needs to open its store on this server. */
    Settings applyTo(Settings settings) {
        return settings.with(Settings.URL, jdbcUrl())
                .with(Settings.USER, SUPERUSER)
                .with(Settings.PASSWORD, password.value());
    }
}
