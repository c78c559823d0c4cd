-- Runs as the plugin's role, in its own schema (plugin_test_drives): unqualified names land there,
-- core tables are only referenced, as public.cars and public.users.
create table test_drives (
    id         bigint      generated always as identity primary key,
    car_id     bigint      not null references public.cars (id) on delete cascade,
    buyer_id   bigint      not null references public.users (id) on delete cascade,
    seller_id  bigint      not null references public.users (id) on delete cascade,
    slot_start timestamptz not null
        constraint test_drives_slot_on_the_hour check (extract(epoch from slot_start) % 3600 = 0),
    status     text        not null default 'requested'
        constraint test_drives_status check (status in ('requested', 'confirmed', 'declined')),
    created_at timestamptz not null default now(),
    decided_at timestamptz
);

-- One test drive per car and hour: a declined one frees its hour for the next buyer.
create unique index test_drives_one_per_slot on test_drives (car_id, slot_start) where status <> 'declined';
create index test_drives_by_buyer on test_drives (buyer_id, slot_start);
create index test_drives_by_seller on test_drives (seller_id, slot_start);
