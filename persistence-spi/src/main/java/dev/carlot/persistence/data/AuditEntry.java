package dev.carlot.persistence.data;

import java.util.List;
import java.util.Optional;

/**
 * One security event to keep in the audit log: what happened, who did it, to whom, from where.
 * It never holds a password, a token or a hash: the facts are the event's own {@code key=value} pairs.
 *
 * @param event  a dotted name such as {@code login.failed}
 * @param actor  the acting user, empty for an anonymous caller or Carlot itself
 * @param target the user or record acted on, when there is one
 * @param client the client's address, or {@code local} for a command or a job
 * @param facts  extra {@code key=value} pairs of the event
 */
public record AuditEntry(String event, Optional<Long> actor, Optional<Long> target, String client,
                         List<String> facts) {
    /** Copies the facts, so that the entry cannot change after it is made. */
    public AuditEntry {
        facts = List.copyOf(facts);
    }
}
