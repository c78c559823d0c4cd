-- Leases of background jobs (the Leases repository, issue 14): with many Carlot servers on one
-- database each periodic job (order expiry, scheduled backups) runs on the one server holding
-- its lease. A lease is taken and renewed by one conditional upsert that reads the database's
-- clock, so the servers' own clocks never decide who holds it, and it needs no session state
-- (no session advisory lock), so it works through a transaction-pooling PgBouncer. One row per
-- job: the table stays a handful of rows, rewritten once per job period.
create table job_leases (
    name       text        primary key constraint job_leases_name_length check (length(name) between 1 and 200),
    holder     text        not null constraint job_leases_holder_length check (length(holder) between 1 and 200),
    expires_at timestamptz not null
) with (fillfactor = 50);
