-- Soft delete of cars, the pending-order cap and the expiry of pending orders (issue 11).

-- A deleted listing keeps its row, because orders are the sales history and reference it with
-- ON DELETE RESTRICT; it moves to the status 'deleted', which the API never shows: every read
-- of cars says "status <> 'deleted'", and no list, total or action sees such a car again.
-- A status rather than a separate flag column: the counters of V2 already count by status, so
-- the totals stay a sum over car_counts, and a status change is what the triggers follow.
alter table cars drop constraint cars_status_check,
    add constraint cars_status_check check (status in ('available', 'reserved', 'sold', 'archived', 'deleted'));

-- The list indexes that do not lead with status become partial, without the deleted cars: a
-- list that filters "status <> 'deleted'" stays an index-only scan of the same index (the
-- predicate's column need not be in a partial index), where the full index would have to visit
-- the heap for every entry to learn the status, a deep page one heap fetch per car skipped.
-- cars_status_created_idx leads with status and answers the condition from the index itself.
drop index cars_seller_created_idx;
create index cars_seller_created_idx on cars (seller_id, created_at desc, id desc) where status <> 'deleted';
drop index cars_created_idx;
create index cars_created_idx on cars (created_at desc, id desc) where status <> 'deleted';
drop index cars_brand_model_price_idx;
create index cars_brand_model_price_idx on cars (lower(brand), lower(model), price) where status <> 'deleted';
drop index cars_price_idx;
create index cars_price_idx on cars (price, id) where status <> 'deleted';
drop index cars_year_idx;
create index cars_year_idx on cars (year, id) where status <> 'deleted';
drop index cars_brand_price_idx;
create index cars_brand_price_idx on cars (lower(brand), price, id) include (brand) where status <> 'deleted';

-- A listing is deleted by an update now; the refusal while an order is active is the
-- application's conditional update (a car is 'reserved' exactly while it has one). The trigger
-- of V1 stays for the real deletes that removing a seller cascades to.

-- The expiry job reads the oldest pending orders, and placing an order counts the buyer's
-- pending ones: both from small indexes of the pending orders alone.
create index orders_pending_created_idx on orders (created_at, id) where status = 'pending';
create index orders_pending_buyer_idx on orders (buyer_id) where status = 'pending';
