/**
 * Carlot's backend "postgres": a networked PostgreSQL server reached through a HikariCP pool,
 * queried in plain JDBC, its schema kept by Flyway migrations shipped in this module.
 * It exports nothing; the runtime finds it by name through {@link java.util.ServiceLoader}.
 *
 * @provides dev.carlot.persistence.PersistenceProvider as {@code postgres}
 */
module dev.carlot.persistence.postgres {
    requires dev.carlot.persistence;
    requires com.zaxxer.hikari;
    requires java.sql;
    requires java.management;
    requires org.postgresql.jdbc;
    requires flyway.core;

    // Flyway reads the migration scripts through the class loader, which only sees
    // resources of a named module's open packages.
    opens dev.carlot.persistence.postgres.migration;

    provides dev.carlot.persistence.PersistenceProvider
            with dev.carlot.persistence.postgres.PostgresProvider;
}
