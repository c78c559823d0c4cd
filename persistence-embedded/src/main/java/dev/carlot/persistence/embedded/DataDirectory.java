package dev.carlot.persistence.embedded;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.UnavailableException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The layout of an embedded data directory. Carlot's own files sit beside the PostgreSQL
 * cluster rather than inside it, because initdb insists on an empty directory:
 * <pre>
 * carlot.lock          held by the Carlot that runs the server
 * carlot-credentials   the superuser password (0600); its presence marks a finished first start
 * carlot-app-credentials  the application role's password (0600)
 * carlot-server        pid and port of the running server, for commands that attach to it
 * postgres/            the cluster (PGDATA)
 * postgres.log         the server's log
 * </pre>
 */
final class DataDirectory {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final String LOCK = "carlot.lock";
    private static final String CREDENTIALS = "carlot-credentials";
    private static final String PENDING_CREDENTIALS = "carlot-credentials.new";
    private static final String APPLICATION_CREDENTIALS = "carlot-app-credentials";
    private static final String SERVER = "carlot-server";
    private static final String CLUSTER = "postgres";
    private static final String LOG = "postgres.log";
    /** What a first start that stopped before creating the cluster can leave behind. */
    private static final Set<String> FRESH_LEFTOVERS = Set.of(LOCK, PENDING_CREDENTIALS, APPLICATION_CREDENTIALS,
            SERVER, LOG);

    enum State { FRESH, EXISTING }

    private final String name;
    private final Path root;

    private DataDirectory(String name, Path root) {
        this.name = name;
        this.root = root;
    }

    static DataDirectory of(String path) {
        return new DataDirectory(path, Path.of(path).toAbsolutePath().normalize());
    }

    Path lockFile() { return root.resolve(LOCK); }
    Path credentials() { return root.resolve(CREDENTIALS); }
    Path pendingCredentials() { return root.resolve(PENDING_CREDENTIALS); }
    Path applicationCredentials() { return root.resolve(APPLICATION_CREDENTIALS); }
    Path serverFile() { return root.resolve(SERVER); }
    Path cluster() { return root.resolve(CLUSTER); }
    Path log() { return root.resolve(LOG); }

    /** The path as the user gave it, for messages. */
    @Override
    public String toString() {
        return name;
    }

    /**
     * Makes the directory usable by Carlot: creates it (0700) when missing and tightens it to
     * 0700 when it is Carlot's. A directory with content Carlot did not create is refused
     * before anything in it is touched.
     */
    void claim() {
        try {
            if (Files.notExists(root)) {
                // a mistyped path should not grow a tree of directories
                if (!Files.isDirectory(root.getParent())) {
                    throw new InvalidDataException("the parent directory " + root.getParent() + " of data directory "
                            + name + " does not exist; create it first or set CARLOT_DATA_DIR to another path");
                }
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else if (!Files.isDirectory(root)) {
                throw new InvalidDataException("data directory " + name + " is a file, not a directory");
            } else if (!entries().isEmpty() && Files.notExists(lockFile())) {
                throw new InvalidDataException("data directory " + name + " is not empty and was not created"
                        + " by Carlot; refusing to touch it. Set CARLOT_DATA_DIR to an empty or new directory");
            }
            Files.setPosixFilePermissions(root, OWNER_ONLY);
        } catch (IOException e) {
            throw unusable(e);
        }
    }

    /** Decides, under the lock, whether to initialise a cluster or start the one there. */
    State inspect() {
        Set<String> entries = entries();
        if (entries.contains(CREDENTIALS)) {
            if (Stream.of("PG_VERSION", "postgresql.conf", "global/pg_control")
                    .allMatch(f -> Files.isRegularFile(cluster().resolve(f)))) {
                return State.EXISTING;
            }
            throw new UnavailableException("data directory " + name + " is damaged: its PostgreSQL cluster ("
                    + cluster() + ") is missing or incomplete; restore the directory from a backup");
        }
        if (FRESH_LEFTOVERS.containsAll(entries)) {
            return State.FRESH;
        }
        if (entries.contains(CLUSTER)) {
            throw new UnavailableException("data directory " + name + " holds a first start that was interrupted"
                    + " before it finished (no data was stored yet); delete the directory and start again");
        }
        throw new InvalidDataException("data directory " + name + " holds files Carlot does not know ("
                + String.join(", ", entries) + "); refusing to touch it");
    }

    UnavailableException unusable(IOException e) {
        return new UnavailableException("cannot use data directory " + name + ": " + e.getMessage(), e);
    }

    private Set<String> entries() {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw unusable(e);
        }
    }
}
