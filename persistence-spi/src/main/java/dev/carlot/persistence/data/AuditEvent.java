package dev.carlot.persistence.data;

import java.time.Instant;

/**
 * An entry of the audit log as it was stored: its id, which orders the log, and when it was written.
 */
public record AuditEvent(long id, Instant at, AuditEntry entry) {
}
