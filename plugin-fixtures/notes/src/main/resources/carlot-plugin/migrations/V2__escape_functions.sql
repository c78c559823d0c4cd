-- For the boundary probes: functions that try to leave the plugin's role from inside the server,
-- where no check of a statement's text can see it (GET /api/notes/probe/escape/...).
create function become_session_user() returns text language sql
    as $$ select set_config('role', session_user::text, true) $$;

create function count_users_as_session_user() returns bigint language plpgsql as $$
begin
    perform set_config('role', session_user::text, true);
    return (select count(*) from public.users);
end $$;
