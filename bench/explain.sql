-- EXPLAIN (ANALYZE, BUFFERS) of every statement the benchmark scenarios make Carlot issue, with
-- the values a typical request binds. (Carlot sends a list's total and page in one round trip; they
-- are explained one by one here.) Run on a generated dataset:
--   psql postgres://postgres@127.0.0.1:5432/carlot_bench -f bench/explain.sql
\set ON_ERROR_STOP on
\pset pager off
\echo '== 1. GET /api/cars/{id}'
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c where c.id = 424242 and c.status <> 'deleted';

\echo '== 2. GET /api/cars?status=available&limit=20&offset=1000: total, then the page'
explain (analyze, buffers) select coalesce(sum(k.cars), 0) from car_counts k where k.status <> 'deleted' and k.status in ('available');
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' and c.status in ('available') order by c.created_at desc, c.id desc limit 20 offset 1000) p on p.id = c.id order by c.created_at desc, c.id desc;

\echo '== 2, what the counters replace: count(*) of the available cars'
explain (analyze, buffers) select count(*) from cars c where c.status <> 'deleted' and c.status in ('available');

\echo '== 3. GET /api/cars?sellerId=S&limit=20: total, then the page'
explain (analyze, buffers) select count(*) from cars c where c.status <> 'deleted' and c.seller_id = 5000;
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' and c.seller_id = 5000 order by c.created_at desc, c.id desc limit 20 offset 0) p on p.id = c.id order by c.created_at desc, c.id desc;

\echo '== 4. GET /api/cars?brand=Brand7&minPrice=20000&maxPrice=50000&sort=price&limit=20: total, then the page'
explain (analyze, buffers) select count(*) from cars c where c.status <> 'deleted' and lower(c.brand) = lower('Brand7') and c.price >= 20000 and c.price <= 50000;
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' and lower(c.brand) = lower('Brand7') and c.price >= 20000 and c.price <= 50000 order by c.price, c.id limit 20 offset 0) p on p.id = c.id order by c.price, c.id;

\echo '== deep pages: GET /api/cars?status=available&offset=100000 and GET /api/cars?sort=price&offset=100000'
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' and c.status in ('available') order by c.created_at desc, c.id desc limit 20 offset 100000) p on p.id = c.id order by c.created_at desc, c.id desc;
explain (analyze, buffers) select coalesce(sum(k.cars), 0) from car_counts k where k.status <> 'deleted';
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' order by c.price, c.id limit 20 offset 100000) p on p.id = c.id order by c.price, c.id;

\echo '== deep pages by cursor: GET /api/cars?status=available&after=C and GET /api/cars?sort=price&after=C, C about 100,000 deep'
select created_at as deep_created, id as deep_id from cars where status = 'available' order by created_at desc, id desc limit 1 offset 100000 \gset
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' and c.status in ('available') and (c.created_at, c.id) < (:'deep_created', :deep_id) order by c.created_at desc, c.id desc limit 20 offset 0) p on p.id = c.id order by c.created_at desc, c.id desc;
select price as deep_price, id as deep_id from cars order by price, id limit 1 offset 100000 \gset
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' and (c.price, c.id) > (:deep_price, :deep_id) order by c.price, c.id limit 20 offset 0) p on p.id = c.id order by c.price, c.id;

\echo '== deep pages as they were before the V2 change (rows fetched for every skipped entry)'
explain (analyze, buffers) select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c where c.status <> 'deleted' and c.status in ('available') order by c.created_at desc, c.id desc limit 20 offset 100000;

\echo '== 5. placing an order: the transition whose triggers move the counts'
begin;
explain (analyze, buffers) update cars as c set status = 'reserved' where c.id = (select min(id) from cars where status = 'available') and c.status = 'available' returning c.id;
rollback;
