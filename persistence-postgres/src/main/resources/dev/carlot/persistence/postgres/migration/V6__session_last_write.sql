-- Read-your-writes with a read replica (docs/scaling-replicas.md): where the primary's WAL stood
-- after the session's last write. A session's reads use the replica only once it has replayed
-- that far, on whichever Carlot server the request lands. Null: nothing to wait for.
alter table sessions add column last_write_lsn pg_lsn;

-- A new session starts at the primary's insert position, so that a replica shows it everything
-- written before the sign-in (the account it has just registered, for one). Set apart from the
-- add column, so that existing rows stay null instead of the table being rewritten.
alter table sessions alter column last_write_lsn set default pg_current_wal_insert_lsn();
