-- Scenario 5 without HTTP: the statements Carlot issues for one request of 5-orders.lua, in the
-- same transactions. Each client is one buyer (first_buyer + client_id, as each wrk connection is
-- buyer1..16) and, like the Lua script, alternates: it orders a random car (POST /api/orders) and,
-- when the order was placed, cancels it with its next transaction (PATCH, status cancelled). One
-- pgbench transaction is one HTTP request, so tps compares with Carlot's requests/s; an order of
-- a car that is not available ends in a rollback, where Carlot answers 409.
-- Variables persist between a client's transactions: the buyer's session token hash is looked
-- up once (Carlot's Authentication gets it from the bearer token), and :pending carries the order.
\set buyer :first_buyer + :client_id
\if :known = 0
select s.token_hash as token from sessions s where s.user_id = :buyer order by s.expires_at desc limit 1 \gset
\set known 1
\endif
-- Authentication: every request looks its session up.
select u.id, u.email, u.name, u.role, u.created_at, u.updated_at from sessions s join users u on u.id = s.user_id where s.token_hash = :token and s.expires_at > now();
\if :pending > 0
-- PATCH /api/orders/{id} {"status":"cancelled"}: OrderRoutes.change
select o.id, o.car_id, o.buyer_id, o.seller_id, o.price, o.status, o.created_at, o.updated_at from orders o where o.id = :pending;
begin;
select o.id, o.car_id, o.buyer_id, o.seller_id, o.price, o.status, o.created_at, o.updated_at from orders o where o.id = :pending for update;
update cars as c set status = 'available' where c.id = :pending_car and c.status = 'reserved' returning c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at;
update orders as o set status = 'cancelled' where o.id = :pending returning o.id, o.car_id, o.buyer_id, o.seller_id, o.price, o.status, o.created_at, o.updated_at;
commit;
\set pending 0
\else
-- POST /api/orders {"carId": car}: OrderRoutes.place
\set car random(1, :cars)
begin;
select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c where c.id = :car and c.status <> 'deleted';
select u.id from users u where u.id = :buyer for no key update;
select count(*) as pending from orders o where o.buyer_id = :buyer and o.status = 'pending';
\set r_id 0
update cars as c set status = 'reserved' where c.id = :car and c.status = 'available' returning c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at \aset r_
\if :r_id > 0
insert into orders as o (car_id, buyer_id, seller_id, price) values (:car, :buyer, :r_seller_id, :r_price) returning o.id as placed, o.car_id, o.buyer_id, o.seller_id, o.price, o.status, o.created_at, o.updated_at \gset
commit;
\set pending :placed
\set pending_car :car
\else
-- PostgresCars.transition: the car did not move, so it is looked up to tell "not found" from "not available"
select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c where c.id = :car and c.status <> 'deleted';
rollback;
\endif
\endif
