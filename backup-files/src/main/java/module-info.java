/**
 * Backup files on disk, for every part of Carlot that writes or lists them (the command line,
 * the health check, the backups feature): owner-only modes from creation, a hidden partial file,
 * fsync and an atomic rename. Kept out of the data contract, whose backup only writes to a
 * stream, and out of the feature API, so that neither the backends nor the plugins see files.
 */
module dev.carlot.backupfiles {
    requires transitive dev.carlot.persistence;

    exports dev.carlot.backupfiles;
}
