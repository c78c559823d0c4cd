-- What the operator's console needs from the schema: accounts that can be disabled, the audit log
-- kept in the database, and the throttles' counters named once they refuse someone.

-- A disabled account cannot sign in and its sessions stop authenticating (null: enabled).
alter table users add column disabled_at timestamptz;

-- Who a counter slows, in words an operator can read ("address 203.0.113.9", "account a@b.c").
-- Set only once the counter refused an attempt, and gone with the row when its window ends, so
-- the table still holds no email or address of anyone who merely signed in.
alter table attempts add column subject text constraint attempts_subject_length check (length(subject) <= 400);

-- Security events of every server (the logger carlot.audit has them too). Only ever appended to.
-- actor_id and target_id are no foreign keys: the log outlives the accounts and records it names.
create table audit_events (
    id        bigint      generated always as identity primary key,
    at        timestamptz not null default now(),
    event     text        not null constraint audit_events_event_length check (length(event) between 1 and 100),
    actor_id  bigint,
    target_id bigint,
    client    text        not null constraint audit_events_client_length check (length(client) <= 100),
    facts     text[]      not null default '{}'
);
-- The console lists newest first, by event name (or its first dotted parts) and by actor.
create index audit_events_event_idx on audit_events (event text_pattern_ops, id);
create index audit_events_actor_idx on audit_events (actor_id, id) where actor_id is not null;
