package dev.carlot.persistence.postgres;

import dev.carlot.persistence.data.Session;
import dev.carlot.persistence.data.SessionUser;
import dev.carlot.persistence.data.Sessions;
import dev.carlot.persistence.data.User;
import java.time.Instant;
import java.util.Optional;

/** Logins in table {@code sessions}, found by the hash of their token. */
final class PostgresSessions implements Sessions {

    private final Sql sql;

    PostgresSessions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Session create(long userId, String tokenHash, Instant expiresAt) {
        return sql.insert("""
                insert into sessions (user_id, token_hash, expires_at) values (?, ?, ?)
                returning id, user_id, created_at, expires_at""",
                row -> new Session(Rows.id(row, "id"), Rows.id(row, "user_id"), Rows.instant(row, "created_at"),
                        Rows.instant(row, "expires_at")),
                userId, tokenHash, Rows.at(expiresAt));
    }

    @Override
    public Optional<User> findUser(String tokenHash, Instant now) {
        return sql.one("select " + PostgresUsers.COLUMNS + """
                 from sessions s join users u on u.id = s.user_id
                where s.token_hash = ? and s.expires_at > ? and u.disabled_at is null""",
                PostgresUsers::user, tokenHash, Rows.at(now));
    }

    /** The same look-up, with the session's last write as a number of WAL bytes (V6), 0 when it has none. */
    @Override
    public Optional<SessionUser> findSession(String tokenHash, Instant now) {
        return sql.one("select " + PostgresUsers.COLUMNS + """
                , coalesce((s.last_write_lsn - '0/0'::pg_lsn)::bigint, 0) as last_write
                 from sessions s join users u on u.id = s.user_id
                where s.token_hash = ? and s.expires_at > ? and u.disabled_at is null""",
                row -> new SessionUser(PostgresUsers.user(row), Rows.id(row, "last_write")), tokenHash, Rows.at(now));
    }

    @Override
    public boolean delete(String tokenHash) {
        return sql.execute("delete from sessions where token_hash = ?", tokenHash) > 0;
    }

    @Override
    public int deleteOthers(long userId, String keepTokenHash) {
        return (int) sql.execute("delete from sessions where user_id = ? and token_hash <> ?", userId, keepTokenHash);
    }

    @Override
    public int deleteAll(long userId) {
        return (int) sql.execute("delete from sessions where user_id = ?", userId);
    }

    @Override
    public int deleteExpired(Instant now) {
        return (int) sql.execute("delete from sessions where expires_at <= ?", Rows.at(now));
    }
}
