-- Experiment for docs/performance.md: the counting triggers with one row per status instead of
-- 16 shards, to measure what sharding buys the write scenario. Run on a generated bench database
-- (never on one that matters), rerun bench/run --scenarios 5 --no-build, then regenerate.
begin;
create or replace function count_updated_cars() returns trigger
    language plpgsql as
$$
begin
    perform add_car_counts(array_agg(status), array_agg(shard), array_agg(n))
    from (select s.status, 0 as shard, s.n
          from deleted c join inserted n using (id)
          cross join lateral (values (c.status, -1::bigint), (n.status, 1::bigint)) as s(status, n)
          where c.status <> n.status) d;
    return null;
end
$$;
-- fold the existing shards into shard 0, so totals stay exact
create temporary table folded as select status, sum(cars) as cars from car_counts group by status;
delete from car_counts;
insert into car_counts (status, shard, cars) select status, 0, cars from folded;
commit;
