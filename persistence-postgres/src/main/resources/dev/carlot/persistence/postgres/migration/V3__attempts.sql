-- Attempt counters for throttling sign-ins and registrations (the Attempts repository). Kept in
-- the database, not in a server's memory, so that every Carlot server on this database adds to
-- the same counts and a restart forgets none. A row lives one window (minutes to an hour) and is
-- purged after it; keys are opaque to the database (the accounts feature stores digests, never
-- an email or an address).
create table attempts (
    key        text        primary key constraint attempts_key_length check (length(key) between 1 and 200),
    attempts   integer     not null constraint attempts_not_negative check (attempts >= 0),
    window_end timestamptz not null
) with (fillfactor = 70);
-- Counting rewrites a row on every attempt; free room on its page lets that be a HOT update
-- (window_end, the only indexed column besides the key, changes once per window).
create index attempts_window_end_idx on attempts (window_end);
