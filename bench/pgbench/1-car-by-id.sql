-- Scenario 1 without HTTP: the statement PostgresCars.find issues.
\set id random(1, :cars)
select c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color, c.description, c.images, c.status, c.created_at, c.updated_at from cars c where c.id = :id and c.status <> 'deleted';
