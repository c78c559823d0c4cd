package dev.carlot.persistence.data;

import java.time.Instant;

/** A login. The token itself is never stored, only its hash. */
public record Session(long id, long userId, Instant createdAt, Instant expiresAt) {
}
