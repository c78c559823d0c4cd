package dev.carlot.persistence;

/**
 * What a restore did: the backup it loaded, whether it replaced data that was there
 * ({@code --force}), and how many migrations it applied to bring the empty database to the
 * backup's schema version first.
 */
public record RestoreReport(BackupManifest manifest, boolean replaced, int migrationsApplied) {
}
