-- The benchmark dataset of bench-dataset.md, generated inside the database.
--   psql -v n=1000000 -f bench/dataset.sql   (on a database Carlot has just migrated, empty)
-- Deterministic: the same N gives the same rows (setseed), so runs compare.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;       -- a bulk import: losing it in a crash means rerunning it
set maintenance_work_mem = '512MB'; -- index rebuilds below sort in memory
select setseed(0.42);

begin;
-- All users share one bcrypt hash (cost 10) of the password 'bench-password-1'.
insert into users (email, name, role, password_hash)
values ('admin@bench.carlot', 'Bench Admin', 'admin', '$2a$10$FzTHns.U4wajzGUvIqfa/O69lqSPdj/oO9rfuF7iMS8Tmj.61YCym');
insert into users (email, name, role, password_hash)
select 'seller' || i || '@bench.carlot', 'Seller ' || i, 'seller',
       '$2a$10$FzTHns.U4wajzGUvIqfa/O69lqSPdj/oO9rfuF7iMS8Tmj.61YCym'
from generate_series(1, greatest(:n / 100, 10)) i;
insert into users (email, name, role, password_hash)
select 'buyer' || i || '@bench.carlot', 'Buyer ' || i, 'user',
       '$2a$10$FzTHns.U4wajzGUvIqfa/O69lqSPdj/oO9rfuF7iMS8Tmj.61YCym'
from generate_series(1, greatest(:n / 20, 10)) i;
create temporary table bench_people on commit drop as
select (select min(id) from users where role = 'seller') as first_seller,
       greatest(:n / 100, 10) as sellers,
       (select min(id) from users where role = 'user') as first_buyer,
       greatest(:n / 20, 10) as buyers;

-- Inserting into an indexed table costs far more than building the indexes afterwards; the
-- definitions are kept and replayed so the schema stays exactly what the migrations made.
-- Indexes behind a constraint (primary keys, unique constraints) stay.
create temporary table bench_indexes on commit drop as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = current_schema()
  and i.tablename in ('cars', 'orders', 'favorites', 'reviews', 'inquiries')
  and not exists (select 1 from pg_constraint k where k.conindid = format('%I', i.indexname)::regclass);
do $$
declare i record;
begin
    for i in select indexname from bench_indexes loop
        execute format('drop index %I', i.indexname);
    end loop;
end
$$;

insert into cars (seller_id, brand, model, year, price, mileage, color, description, images, status, created_at)
select p.first_seller + floor(random() * p.sellers)::int,
       'Brand' || b,
       'Brand' || b || ' Model' || (1 + floor(random() * 5)::int),
       1990 + floor(random() * 37)::int,
       round((2000 + random() * 148000)::numeric, 2),
       floor(random() * 300001)::int,
       (array['black', 'white', 'silver', 'red', 'blue', 'grey'])[1 + floor(random() * 6)::int],
       'Well kept car number ' || g || ', full service history, two keys, new tyres, no accidents. '
           || repeat(md5(g::text), 3) || ' Ask for a test drive any day of the week.',
       array['https://img.bench.carlot/' || g || '/1.jpg', 'https://img.bench.carlot/' || g || '/2.jpg',
             'https://img.bench.carlot/' || g || '/3.jpg'],
       case when s < 0.70 then 'available' when s < 0.80 then 'reserved' when s < 0.95 then 'sold' else 'archived' end,
       now() - random() * interval '3 years'
from bench_people p,
     generate_series(1, :n) g,
     lateral (select 1 + floor(random() * 40)::int as b, random() as s where g > 0) r;

-- The rows below reference users and cars made above by construction; checking each foreign
-- key row by row would take longer than the inserts (pg_restore --disable-triggers does the same).
-- The counting triggers are on cars, whose insert above ran with them.
set session_replication_role = replica;

-- One order per reserved or sold car.
insert into orders (car_id, buyer_id, seller_id, price, status, created_at)
select c.id, p.first_buyer + floor(random() * p.buyers)::int, c.seller_id, c.price,
       case when c.status = 'sold' then 'completed' when random() < 0.5 then 'pending' else 'confirmed' end,
       c.created_at + interval '1 day'
from cars c, bench_people p
where c.status in ('reserved', 'sold');

-- Favorites and reviews are unique per (user, car): spreading them over distinct cars keeps that
-- true without a retry, and the cars are still uniform over the inventory.
insert into favorites (user_id, car_id)
select p.first_buyer + floor(random() * p.buyers)::int, g * 2
from bench_people p, generate_series(1, :n / 2) g;
insert into reviews (car_id, user_id, rating, comment)
select g * 5, p.first_buyer + floor(random() * p.buyers)::int, 1 + floor(random() * 5)::int, 'Review ' || g
from bench_people p, generate_series(1, :n / 5) g;
insert into inquiries (car_id, user_id, message)
select 1 + floor(random() * :n)::int, p.first_buyer + floor(random() * p.buyers)::int, 'Is car ' || g || ' still there?'
from bench_people p, generate_series(1, :n / 5) g;
set session_replication_role = origin;

do $$
declare i record;
begin
    for i in select indexdef from bench_indexes loop
        execute i.indexdef;
    end loop;
end
$$;
commit;

-- Statistics for the planner and a visibility map, so that id lists come from index-only scans.
vacuum (analyze) users, cars, orders, favorites, reviews, inquiries, car_counts;
-- Write the imported pages out now, as the end of a bulk import would: otherwise the next
-- checkpoint flushes a gigabyte in the middle of whichever scenario is running.
checkpoint;
