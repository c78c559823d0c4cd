-- Scenario 2 without HTTP: the two statements PostgresCars.list issues (Carlot sends both in one
-- round trip; pgbench cannot send two statements at once in prepared mode, so here they take two) for
-- status=available&limit=20&offset=K: the total from the counters, then the page.
\set k random(0, 1000)
select coalesce(sum(k.cars), 0) from car_counts k where k.status <> 'deleted' and k.status in ('available');
select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c join (select c.id from cars c where c.status <> 'deleted' and c.status in ('available') order by c.created_at desc, c.id desc limit 20 offset :k) p on p.id = c.id order by c.created_at desc, c.id desc;
