package dev.carlot.persistence.postgres;

import dev.carlot.persistence.data.Lease;
import dev.carlot.persistence.data.Leases;
import java.time.Duration;
import java.util.Optional;

/**
 * Leases in table {@code job_leases}, one row per name. Taking and renewing are one upsert whose
 * condition reads {@code now()}, the database's clock: the row is locked by the upsert, so of
 * concurrent takers the first wins and the others see its fresh lease and get nothing.
 */
final class PostgresLeases implements Leases {
    private static final int MAX_TEXT = 200;

    private final Sql sql;

    PostgresLeases(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Lease> take(String name, String holder, Duration duration) {
        checked(name, "name");
        checked(holder, "holder");
        if (duration.isNegative() || duration.toMillis() < 1) {
            throw new IllegalArgumentException("a lease must last at least a millisecond, not " + duration);
        }
        // On conflict the WHERE sees the row as it stands once locked: another holder's live lease
        // turns the upsert into nothing, and nothing is returned.
        return sql.change("""
                insert into job_leases as l (name, holder, expires_at)
                values (?, ?, now() + ?::bigint * interval '1 millisecond')
                on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
                where l.holder = excluded.holder or l.expires_at <= now()
                returning name, holder, expires_at""",
                PostgresLeases::lease, name, holder, duration.toMillis());
    }

    @Override
    public boolean release(String name, String holder) {
        return sql.execute("delete from job_leases where name = ? and holder = ?", name, holder) > 0;
    }

    @Override
    public Optional<Lease> current(String name) {
        return sql.list("select name, holder, expires_at from job_leases where name = ? and expires_at > now()",
                PostgresLeases::lease, name).stream().findFirst();
    }

    private static Lease lease(Row row) {
        return new Lease(Rows.text(row, "name"), Rows.text(row, "holder"), Rows.instant(row, "expires_at"));
    }

    private static void checked(String text, String what) {
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a lease's " + what + " must be 1 to " + MAX_TEXT
                    + " characters, not " + text.length());
        }
    }
}
