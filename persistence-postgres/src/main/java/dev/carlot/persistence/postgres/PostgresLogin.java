package dev.carlot.persistence.postgres;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Where and as whom to connect: the pool's role, or the schema owner's for migrations and backups. */
record PostgresLogin(PostgresUrl url, String user, String password) {

    /** Connections outside any pool, named {@code applicationName} in pg_stat_activity. */
    DataSource dataSource(String applicationName) {
        PGSimpleDataSource direct = new PGSimpleDataSource();
        direct.setURL(url.jdbcUrl());
        if (!user.isEmpty()) {
            direct.setUser(user);
        }
        if (!password.isEmpty()) {
            direct.setPassword(password);
        }
        direct.setConnectTimeout(PostgresPool.CONNECT_TIMEOUT_SECONDS);
        direct.setLoginTimeout(PostgresPool.LOGIN_TIMEOUT_SECONDS);
        direct.setApplicationName(applicationName);
        return direct;
    }

    @Override
    public String toString() {
        return "PostgresLogin[" + user + "@" + url.address() + "]";
    }
}
