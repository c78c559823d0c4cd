package dev.carlot.persistence.data;

import java.time.Instant;

/** An account. Deliberately holds no password hash: see {@link Users#credentials(String)}. */
public record User(long id, String email, String name, Role role, Instant createdAt, Instant updatedAt) {
}
