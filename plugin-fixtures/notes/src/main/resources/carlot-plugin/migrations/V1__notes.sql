-- Runs as carlot_plugin_notes in plugin_notes. Each row records the role and search path that
-- wrote it, as PostgreSQL saw them, so a test can tell where and as whom a write ran.
create table notes (
    id          bigint generated always as identity primary key,
    text        text   not null,
    written_by  text   not null default current_user,
    search_path text   not null default current_setting('search_path')
);
