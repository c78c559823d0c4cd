-- pgbench script for the counter-row experiment: one transaction moves a random car out of
-- available and back, as placing and cancelling an order does (two status changes, one commit).
\set id random(1, :cars)
begin;
update cars set status = 'reserved' where id = :id and status = 'available';
update cars set status = 'available' where id = :id and status = 'reserved';
commit;
