package dev.carlot.persistence.postgres;

import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Credentials;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.data.UserAccount;
import dev.carlot.persistence.data.UserPatch;
import dev.carlot.persistence.data.Users;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts in table {@code users}; emails are stored lower-cased and looked up through lower(). */
final class PostgresUsers implements Users {

    static final String COLUMNS = "u.id, u.email, u.name, u.role, u.created_at, u.updated_at";

    /** {@link #COLUMNS}, whether the account is disabled and how many live sessions it holds. */
    private static final String ACCOUNT_COLUMNS = COLUMNS + ", u.disabled_at, (select count(*) from sessions s"
            + " where s.user_id = u.id and s.expires_at > now()) as sessions";

    private final Sql sql;
    /** Plain reads: from the replica when the request's consistency allows it (docs/scaling-replicas.md). */
    private final Sql reads;

    PostgresUsers(Sql sql, Sql reads) {
        this.sql = sql;
        this.reads = reads;
    }

    static User user(Row row) {
        return new User(Rows.id(row, "id"), Rows.text(row, "email"), Rows.text(row, "name"),
                Rows.wire(Role.class, row, "role"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }

    @Override
    public User create(NewUser user) {
        return sql.insert("""
                insert into users as u (email, name, role, password_hash)
                values (lower(?), ?, ?, ?)
                returning\s""" + COLUMNS,
                PostgresUsers::user, user.email(), user.name(), user.role().wire(), user.passwordHash());
    }

    @Override
    public Optional<User> find(long id) {
        return reads.one("select " + COLUMNS + " from users u where u.id = ?", PostgresUsers::user, id);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return sql.one("select " + COLUMNS + " from users u where lower(u.email) = lower(?)",
                PostgresUsers::user, email);
    }

    @Override
    public Optional<Credentials> credentials(String email) {
        return sql.one("select " + COLUMNS + ", u.password_hash, u.disabled_at from users u where lower(u.email) = lower(?)",
                row -> new Credentials(user(row), Rows.text(row, "password_hash"), row.value("disabled_at") != null),
                email);
    }

    @Override
    public Page<User> list(PageRequest page) {
        return reads.page(COLUMNS, "from users u", "u.created_at, u.id", PostgresUsers::user, page, List.of());
    }

    @Override
    public Page<UserAccount> accounts(Optional<String> emailContains, PageRequest page) {
        List<Object> params = emailContains.<List<Object>>map(text -> List.of(Sql.likePattern(text.toLowerCase(Locale.ROOT))))
                .orElse(List.of());
        String where = emailContains.isPresent() ? " where u.email like ?" : "";
        return sql.page(ACCOUNT_COLUMNS, "from users u" + where, "u.created_at, u.id", PostgresUsers::account, page,
                params);
    }

    @Override
    public Optional<UserAccount> account(long id) {
        return sql.one("select " + ACCOUNT_COLUMNS + " from users u where u.id = ?", PostgresUsers::account, id);
    }

    @Override
    public boolean setDisabled(long id, Optional<Instant> at) {
        if (find(id).isEmpty()) {
            throw missing(id);
        }
        // only a change of state stamps the time, so disabling twice keeps the first moment
        return sql.execute(at.isPresent()
                ? "update users set disabled_at = ? where id = ? and disabled_at is null"
                : "update users set disabled_at = null where id = ? and disabled_at is not null",
                at.isPresent() ? new Object[] {Rows.at(at.get()), id} : new Object[] {id}) > 0;
    }

    private static UserAccount account(Row row) {
        OffsetDateTime disabled = row.timestamp("disabled_at");
        return new UserAccount(user(row), Optional.ofNullable(disabled).map(OffsetDateTime::toInstant),
                Rows.integer(row, "sessions"));
    }

    @Override
    public User update(long id, UserPatch patch) {
        return sql.change("""
                update users as u
                set name = coalesce(?::text, u.name),
                    password_hash = coalesce(?::text, u.password_hash),
                    role = coalesce(?::text, u.role)
                where u.id = ?
                returning\s""" + COLUMNS,
                PostgresUsers::user,
                patch.name().orElse(null), patch.passwordHash().orElse(null),
                patch.role().map(Role::wire).orElse(null), id)
                .orElseThrow(() -> missing(id));
    }

    @Override
    public void delete(long id) {
        if (sql.execute("delete from users where id = ?", id) == 0) {
            throw missing(id);
        }
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("user " + id + " does not exist");
    }
}
