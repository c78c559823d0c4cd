package dev.carlot.persistence.postgres;

import dev.carlot.persistence.data.AttemptCount;
import dev.carlot.persistence.data.AttemptSubject;
import dev.carlot.persistence.data.Attempts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Attempt counters in table {@code attempts}, one row per key. Each call is one statement; rows
 * are locked in key order, so that two calls on overlapping keys queue instead of deadlocking.
 */
final class PostgresAttempts implements Attempts {

    private final Sql sql;

    PostgresAttempts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<AttemptCount> add(List<String> keys, Instant now, Duration window) {
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException("attempt keys must be distinct: " + keys);
        }
        // All SET expressions see the row as it was, so both CASEs test the old window.
        Map<String, AttemptCount> counts = sql.list("""
                insert into attempts as a (key, attempts, window_end)
                select k, 1, ? from unnest(?::text[]) as k order by k
                on conflict (key) do update set
                    attempts   = case when a.window_end <= ? then 1 else a.attempts + 1 end,
                    window_end = case when a.window_end <= ? then excluded.window_end else a.window_end end
                returning key, attempts, window_end""",
                row -> Map.entry(Rows.text(row, "key"),
                        new AttemptCount(Rows.integer(row, "attempts"), Rows.instant(row, "window_end"))),
                Rows.at(now.plus(window)), keys.toArray(String[]::new), Rows.at(now), Rows.at(now))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return keys.stream().map(counts::get).toList();
    }

    @Override
    public void forgive(List<String> keys, Instant now) {
        sql.execute("""
                update attempts a set attempts = a.attempts - 1
                from (select key from attempts where key = any(?::text[]) and attempts > 0 and window_end > ?
                      order by key for update) l
                where a.key = l.key""", keys.toArray(String[]::new), Rows.at(now));
    }

    @Override
    public boolean clear(String key) {
        return sql.execute("delete from attempts where key = ?", key) > 0;
    }

    @Override
    public void name(String key, String subject) {
        sql.execute("update attempts set subject = ? where key = ? and subject is distinct from ?", subject, key, subject);
    }

    @Override
    public List<AttemptSubject> named(Instant now) {
        return sql.list("""
                select key, subject, attempts, window_end from attempts
                where subject is not null and window_end > ? order by attempts desc, key""",
                row -> new AttemptSubject(Rows.text(row, "key"), Rows.text(row, "subject"), Rows.integer(row, "attempts"),
                        Rows.instant(row, "window_end")), Rows.at(now));
    }

    @Override
    public int purge(Instant now) {
        return (int) sql.execute("delete from attempts where window_end <= ?", Rows.at(now));
    }
}
