package dev.carlot.persistence.data;

import java.util.List;

/**
 * The audit log kept in the database, so that an operator can look back at security events
 * from every Carlot server in one place. Entries are only ever added.
 */
public interface AuditLog {

    /** Stores {@code entry}, stamped with the database's time. */
    AuditEvent add(AuditEntry entry);

    /** Up to {@code limit} events matching {@code query}, newest first. */
    List<AuditEvent> list(AuditQuery query, int limit);
}
