/**
 * Backups through the API: an admin makes one with {@code POST /api/admin/backups} in the
 * directory {@code carlot.backups.dir} names, and lists them with {@code GET}; scheduled backups
 * with retention ({@code carlot.backups.schedule}, {@code keep}) as a background job. Exports nothing;
 * the runtime finds it as a feature.
 *
 * @provides dev.carlot.feature.Feature with the admin backup routes
 */
module dev.carlot.backups {
    requires dev.carlot.backupfiles;
    requires dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.backups.BackupsFeature;
}
