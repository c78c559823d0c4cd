package dev.carlot.persistence.data;

import java.util.Optional;

/**
 * Which audit events to list, newest first.
 *
 * @param event  an event name, or its first dotted parts: {@code login} keeps {@code login.failed} too
 * @param actor  only events of this acting user
 * @param before only events older than the one with this id: the cursor of the next page
 */
public record AuditQuery(Optional<String> event, Optional<Long> actor, Optional<Long> before) {

    /** Every event. */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
