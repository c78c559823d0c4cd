package dev.carlot.persistence.postgres;

import dev.carlot.persistence.data.AuditEntry;
import dev.carlot.persistence.data.AuditEvent;
import dev.carlot.persistence.data.AuditLog;
import dev.carlot.persistence.data.AuditQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit log in table {@code audit_events}, its ids in the order events were written. */
final class PostgresAuditLog implements AuditLog {
    private static final String COLUMNS = "id, at, event, actor_id, target_id, client, facts";

    private final Sql sql;

    PostgresAuditLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public AuditEvent add(AuditEntry entry) {
        return sql.insert("insert into audit_events (event, actor_id, target_id, client, facts)"
                        + " values (?, ?, ?, ?, ?) returning " + COLUMNS,
                PostgresAuditLog::event, entry.event(), entry.actor().orElse(null), entry.target().orElse(null),
                entry.client(), entry.facts().toArray(String[]::new));
    }

    @Override
    public List<AuditEvent> list(AuditQuery query, int limit) {
        StringBuilder where = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        query.event().ifPresent(event -> {
            // the name itself, or one of its dotted children: "login" keeps "login.failed"
            where.append(" and (event = ? or event like ?)");
            params.add(event);
            params.add(Sql.likeLiteral(event) + ".%");
        });
        query.actor().ifPresent(actor -> {
            where.append(" and actor_id = ?");
            params.add(actor);
        });
        query.before().ifPresent(before -> {
            where.append(" and id < ?");
            params.add(before);
        });
        params.add(limit);
        return sql.list("select " + COLUMNS + " from audit_events where " + where + " order by id desc limit ?",
                PostgresAuditLog::event, params.toArray());
    }

    private static AuditEvent event(Row row) {
        return new AuditEvent(Rows.id(row, "id"), Rows.instant(row, "at"), new AuditEntry(Rows.text(row, "event"),
                optionalId(row, "actor_id"), optionalId(row, "target_id"), Rows.text(row, "client"),
                Rows.texts(row, "facts")));
    }

    private static Optional<Long> optionalId(Row row, String column) {
        return Optional.ofNullable((Number) row.value(column)).map(Number::longValue);
    }
}
