package dev.carlot.persistence.data;

/**
 * The user a session belongs to, and where the session's last write stands in the database's
 * history, for {@link dev.carlot.persistence.ReadConsistency}.
 *
 * @param user the session's user
 * @param lastWrite an opaque, growing position (PostgreSQL: the WAL LSN after the session's last
 *        write, in bytes); 0 when the backend does not track it
 */
public record SessionUser(User user, long lastWrite) {
}
