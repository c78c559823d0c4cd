package dev.carlot.persistence.embedded;

import java.util.List;
import java.util.Optional;

/** What an operator can do about the errors PostgreSQL stops on when it cannot start on a cluster. */
final class StartFailure {
    /** Words of PostgreSQL's own messages for a control file or WAL that is damaged or missing. */
    private static final List<String> DAMAGE = List.of("control file", "pg_control", "checkpoint record",
            "invalid checkpoint", "invalid magic number", "invalid resource manager");

    private StartFailure() {
    }

    static Optional<String> advice(String error, DataDirectory dir) {
        if (error.contains("No space left on device")) {
            return Optional.of("the disk is full; free space and start again");
        }
        if (error.contains("has invalid permissions")) {
            return Optional.of("make the cluster owner-only with 'chmod 700 " + dir.cluster() + "'");
        }
        if (error.contains("has wrong ownership")) {
            return Optional.of("give " + dir.cluster() + " to the user that runs Carlot (chown -R)");
        }
        if (DAMAGE.stream().anyMatch(error::contains)) {
            return Optional.of("its PostgreSQL files are damaged; restore the data directory from a backup"
                    + " (Carlot has changed and deleted nothing in it)");
        }
        return Optional.empty();
    }
}
