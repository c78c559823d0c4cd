package dev.carlot.persistence.postgres;

import java.util.Properties;
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

    /** The driver's properties for this login, its timeouts short so that a silent server is reported soon. */
    Properties driverProperties() {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Integer.toString(PostgresPool.CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(PostgresPool.LOGIN_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "carlot");
        return properties;
    }

    @Override
    public String toString() {
        return "PostgresLogin[" + user + "@" + url.address() + "]";
    }
}
