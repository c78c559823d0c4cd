/**
 * Carlot's {@code embedded} backend: a private PostgreSQL, started from the binaries zonky
 * ships, over a persistent data directory, with the {@code postgres} backend's store on top.
 * Exports nothing.
 *
 * @provides dev.carlot.persistence.PersistenceProvider the backend named {@code embedded}
 * @uses dev.carlot.persistence.PersistenceProvider to find the {@code postgres} backend it
 *       opens over the server it starts
 */
module dev.carlot.persistence.embedded {
    requires dev.carlot.persistence;
    requires java.sql;

    requires embedded.postgres;
    // zonky is an automatic module and does not pull these explicit modules in by itself.
    requires org.tukaani.xz;
    requires org.apache.commons.compress;
    requires org.apache.commons.io;
    requires org.apache.commons.lang3;
    requires org.apache.commons.codec;
    requires org.slf4j;
    // zonky finds the uid by reflection (to run postgres as root via unshare); jlink and
    // --limit-modules would otherwise leave this module out.
    requires jdk.security.auth;

    uses dev.carlot.persistence.PersistenceProvider;

    provides dev.carlot.persistence.PersistenceProvider
            with dev.carlot.persistence.embedded.EmbeddedProvider;
}
