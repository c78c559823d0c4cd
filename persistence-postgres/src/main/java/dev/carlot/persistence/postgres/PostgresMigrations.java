package dev.carlot.persistence.postgres;

import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.UnavailableException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema's versions, applied by Flyway from the scripts in this module. Flyway holds a
 * PostgreSQL advisory lock while it migrates, so processes starting together apply each
 * version once.
 */
final class PostgresMigrations {

    private static final String LOCATION = "classpath:dev/carlot/persistence/postgres/migration";

    private final DataSource dataSource;
    private final Flyway flyway;

    PostgresMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
        this.flyway = configure().load();
    }

    private FluentConfiguration configure() {
        return Flyway.configure(PostgresMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true);
    }

    /** Applies the migrations up to and including {@code version}, for a restore of a backup of that version. */
    MigrationReport migrateTo(String version) {
        Flyway upTo = configure().target(MigrationVersion.fromVersion(version)).load();
        return flyway("migrating the database to version " + version, () -> {
            int applied = upTo.migrate().migrationsExecuted;
            return new MigrationReport(applied, currentVersion());
        });
    }

    /** The newest version among the migrations this module ships. */
    Optional<String> latestKnown() {
        return flyway("reading the migrations", () -> Arrays.stream(flyway.info().all())
                .filter(org.flywaydb.core.api.MigrationInfo::isVersioned)
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion));
    }

    MigrationReport migrate() {
        return flyway("migrating the database", () -> {
            int applied = flyway.migrate().migrationsExecuted;
            return new MigrationReport(applied, currentVersion());
        });
    }

    List<MigrationInfo> status() {
        return flyway("reading the migration status", () -> Arrays.stream(flyway.info().all())
                .filter(org.flywaydb.core.api.MigrationInfo::isVersioned)
                .map(info -> new MigrationInfo(info.getVersion().getVersion(), info.getDescription(),
                        info.isApplied(), Optional.ofNullable(info.getInstalledOn()).map(date -> date.toInstant())))
                .toList());
    }

    private Optional<String> currentVersion() {
        return Optional.ofNullable(flyway.info().current())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .map(MigrationVersion::getVersion);
    }

    /** Flyway's failures become Carlot's: a connection problem, or a schema it cannot bring up to date. */
    private static <T> T flyway(String doing, Supplier<T> call) {
        try {
            return call.get();
        } catch (FlywayException e) {
            RuntimeException translated = PostgresErrors.sqlCause(e)
                    .map(sql -> PostgresErrors.translate(sql, false))
                    .orElse(null);
            if (translated instanceof UnavailableException unavailable) {
                throw unavailable;
            }
            throw new UnavailableException(doing + " failed: " + PostgresErrors.firstLine(e.getMessage()), e);
        }
    }
}
