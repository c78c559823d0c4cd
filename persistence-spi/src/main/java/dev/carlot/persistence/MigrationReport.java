package dev.carlot.persistence;

import java.util.Optional;

/** What a {@code migrate} run did. */
public record MigrationReport(int applied, Optional<String> currentVersion) {
}
