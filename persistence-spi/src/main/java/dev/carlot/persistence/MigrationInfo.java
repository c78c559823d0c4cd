package dev.carlot.persistence;

import java.time.Instant;
import java.util.Optional;

/** One versioned migration and whether (and when) it was applied. */
public record MigrationInfo(String version, String description, boolean applied, Optional<Instant> appliedAt) {
}
