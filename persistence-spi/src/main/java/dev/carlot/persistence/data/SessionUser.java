package dev.carlot.persistence.data;

/**
 * The user a session belongs to, and where the session's last write stands in the database's
 * history (an opaque, growing position; PostgreSQL's WAL LSN), 0 when the backend does not track it.
 */
public record SessionUser(User user, long lastWrite) {
}
