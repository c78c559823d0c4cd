-- Exact totals for the car lists asked most (by status, or unfiltered) without COUNT(*) over
-- hundreds of thousands of rows. The counts change in the same transaction as the cars, so a
-- reader's snapshot sees both or neither: sum(cars) here equals count(*) of cars in any snapshot.
--
-- One row per (status, shard) rather than per status: placing and cancelling orders moves cars
-- between statuses all the time, and a single row per status would make every such transaction
-- wait for the previous one to commit. The shard is the car id modulo 16, so concurrent writers
-- on different cars rarely meet on a row; a total sums at most 16 rows per status.
create table car_counts (
    status text    not null,
    shard  integer not null,
    cars   bigint  not null,
    primary key (status, shard)
) with (fillfactor = 50);
-- Every change rewrites a row here; a half-empty page lets that be a HOT update, and vacuuming
-- after a few thousand changes keeps the dead versions a total has to skip over few.
alter table car_counts set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000);

-- Adds one statement's changes, given as parallel arrays of (status, shard, delta). Rows are
-- touched in key order, so two statements changing many cars at once lock counters in the same
-- order and cannot deadlock each other.
create function add_car_counts(statuses text[], shards integer[], deltas bigint[]) returns void
    language sql as
$$
insert into car_counts as c (status, shard, cars)
select d.status, d.shard, sum(d.delta)
from unnest(statuses, shards, deltas) as d(status, shard, delta)
group by d.status, d.shard
having sum(d.delta) <> 0
order by d.status, d.shard
on conflict (status, shard) do update set cars = c.cars + excluded.cars
$$;

-- Statement-level triggers with transition tables: a bulk import of a million cars updates the
-- counters once per statement, not once per row.
-- Inserted rows count up, deleted ones down; both triggers name their transition table "changed".
create function count_inserted_or_deleted_cars() returns trigger
    language plpgsql as
$$
begin
    perform add_car_counts(array_agg(status), array_agg(shard), array_agg(n))
    from (select status, (id % 16)::integer as shard, count(*) * (case tg_op when 'DELETE' then -1 else 1 end) as n
          from changed group by 1, 2) d;
    return null;
end
$$;

-- Only rows whose status changed count; an edit of price or description changes no total.
create function count_updated_cars() returns trigger
    language plpgsql as
$$
begin
    perform add_car_counts(array_agg(status), array_agg(shard), array_agg(n))
    from (select s.status, (c.id % 16)::integer as shard, s.n
          from deleted c join inserted n using (id)
          cross join lateral (values (c.status, -1::bigint), (n.status, 1::bigint)) as s(status, n)
          where c.status <> n.status) d;
    return null;
end
$$;

create function count_truncated_cars() returns trigger
    language plpgsql as
$$
begin
    delete from car_counts;
    return null;
end
$$;

create trigger cars_count_insert after insert on cars
    referencing new table as changed for each statement execute function count_inserted_or_deleted_cars();
create trigger cars_count_delete after delete on cars
    referencing old table as changed for each statement execute function count_inserted_or_deleted_cars();
create trigger cars_count_update after update on cars
    referencing old table as deleted new table as inserted for each statement execute function count_updated_cars();
create trigger cars_count_truncate after truncate on cars
    for each statement execute function count_truncated_cars();

-- The cars already there; the lock keeps a concurrent change from slipping between the count
-- and the triggers' creation (both commit with this migration).
lock table cars in share mode;
insert into car_counts (status, shard, cars)
select status, (id % 16)::integer, count(*) from cars group by 1, 2;

-- GET /api/cars?brand=B&minPrice=..&maxPrice=..&sort=price: the rows in price order straight from
-- the index, and their total from it alone (brand in INCLUDE makes the scan index-only, which
-- PostgreSQL otherwise refuses for an expression index).
create index cars_brand_price_idx on cars (lower(brand), price, id) include (brand);
