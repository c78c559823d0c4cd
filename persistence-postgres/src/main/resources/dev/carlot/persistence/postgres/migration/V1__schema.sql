-- Carlot's schema. Data rules live here (constraints, indexes, triggers); business rules live
-- in the features. Constraint names are part of the contract: the backend reports them in
-- ConflictException.constraint().

-- Every mutable table keeps updated_at current through this trigger, so no statement can forget.
create function touch_updated_at() returns trigger
    language plpgsql as
$$
begin
    new.updated_at := now();
    return new;
end
$$;

create table users (
    id            bigint generated always as identity primary key,
    email         text        not null constraint users_email_lower check (email = lower(email))
                                       constraint users_email_length check (length(email) between 3 and 320),
    name          text        not null constraint users_name_length check (length(name) between 1 and 200),
    role          text        not null constraint users_role_check check (role in ('admin', 'seller', 'user')),
    password_hash text        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
-- Emails are stored lower-cased; the index on lower(email) also serves lookups written that way.
create unique index users_email_key on users (lower(email));
create trigger users_touch before update on users for each row execute function touch_updated_at();

create table sessions (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    token_hash text        not null constraint sessions_token_hash_key unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index sessions_user_id_idx on sessions (user_id);
create index sessions_expires_at_idx on sessions (expires_at);

create table cars (
    id          bigint generated always as identity primary key,
    -- ON DELETE CASCADE: deleting a seller takes their sold and archived listings along. The
    -- users_active_cars trigger below refuses the delete while any car is available or reserved,
    -- and orders reference cars with ON DELETE RESTRICT, so a car with sales history still
    -- blocks the delete: history is never lost, the API answers "archive instead".
    seller_id   bigint         not null references users (id) on delete cascade,
    brand       text           not null constraint cars_brand_length check (length(brand) between 1 and 80),
    model       text           not null constraint cars_model_length check (length(model) between 1 and 80),
    year        integer        not null constraint cars_year_range check (year between 1886 and 2100),
    price       numeric(12, 2) not null constraint cars_price_positive check (price > 0),
    mileage     integer        not null constraint cars_mileage_not_negative check (mileage >= 0),
    color       text                    constraint cars_color_length check (length(color) between 1 and 40),
    description text                    constraint cars_description_length check (length(description) <= 5000),
    images      text[]         not null default '{}',
    status      text           not null default 'available'
        constraint cars_status_check check (status in ('available', 'reserved', 'sold', 'archived')),
    created_at  timestamptz    not null default now(),
    updated_at  timestamptz    not null default now()
);
-- One index per way GET /api/cars is asked, each ending in the default order (newest first, id).
create index cars_status_created_idx on cars (status, created_at desc, id desc);
create index cars_seller_created_idx on cars (seller_id, created_at desc, id desc);
create index cars_created_idx on cars (created_at desc, id desc);
create index cars_brand_model_price_idx on cars (lower(brand), lower(model), price);
create index cars_price_idx on cars (price, id);
create index cars_year_idx on cars (year, id);
create trigger cars_touch before update on cars for each row execute function touch_updated_at();

create table orders (
    id         bigint generated always as identity primary key,
    -- RESTRICT on every reference: orders are the sales history and outlive nothing they name.
    car_id     bigint         not null references cars (id) on delete restrict,
    buyer_id   bigint         not null references users (id) on delete restrict,
    seller_id  bigint         not null references users (id) on delete restrict,
    price      numeric(12, 2) not null constraint orders_price_positive check (price > 0),
    status     text           not null default 'pending'
        constraint orders_status_check check (status in ('pending', 'confirmed', 'completed', 'cancelled')),
    created_at timestamptz    not null default now(),
    updated_at timestamptz    not null default now()
);
-- Of many concurrent orders for one car exactly one can be pending or confirmed.
create unique index orders_one_active_per_car on orders (car_id) where status in ('pending', 'confirmed');
create index orders_car_id_idx on orders (car_id);
create index orders_buyer_created_idx on orders (buyer_id, created_at desc, id desc);
create index orders_seller_created_idx on orders (seller_id, created_at desc, id desc);
create index orders_created_idx on orders (created_at desc, id desc);
create trigger orders_touch before update on orders for each row execute function touch_updated_at();

create table inquiries (
    id         bigint generated always as identity primary key,
    car_id     bigint      not null references cars (id) on delete cascade,
    user_id    bigint      not null references users (id) on delete cascade,
    message    text        not null constraint inquiries_message_length check (length(message) between 1 and 2000),
    reply      text                 constraint inquiries_reply_length check (length(reply) between 1 and 2000),
    status     text        not null default 'open'
        constraint inquiries_status_check check (status in ('open', 'answered', 'closed')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index inquiries_car_created_idx on inquiries (car_id, created_at desc, id desc);
create index inquiries_user_created_idx on inquiries (user_id, created_at desc, id desc);
create trigger inquiries_touch before update on inquiries for each row execute function touch_updated_at();

create table favorites (
    user_id    bigint      not null references users (id) on delete cascade,
    car_id     bigint      not null references cars (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (user_id, car_id)
);
create index favorites_car_id_idx on favorites (car_id);

create table reviews (
    id         bigint generated always as identity primary key,
    car_id     bigint      not null references cars (id) on delete cascade,
    user_id    bigint      not null references users (id) on delete cascade,
    rating     integer     not null constraint reviews_rating_range check (rating between 1 and 5),
    comment    text                 constraint reviews_comment_length check (length(comment) between 1 and 2000),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint reviews_car_user_key unique (car_id, user_id)
);
create index reviews_user_id_idx on reviews (user_id);
create trigger reviews_touch before update on reviews for each row execute function touch_updated_at();

create table posts (
    id         bigint generated always as identity primary key,
    author_id  bigint      not null references users (id) on delete cascade,
    title      text        not null constraint posts_title_length check (length(title) between 1 and 200),
    content    text        not null constraint posts_content_length check (length(content) between 1 and 20000),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index posts_author_created_idx on posts (author_id, created_at desc, id desc);
create index posts_created_idx on posts (created_at desc, id desc);
create trigger posts_touch before update on posts for each row execute function touch_updated_at();

-- A seller with cars on offer cannot disappear: buyers may be about to order them.
create function refuse_deleting_user_with_active_cars() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from cars where seller_id = old.id and status in ('available', 'reserved')) then
        raise exception 'the user still has available or reserved cars; archive or sell them first'
            using errcode = 'foreign_key_violation', constraint = 'users_active_cars', table = 'users';
    end if;
    return old;
end
$$;
create trigger users_active_cars before delete on users
    for each row execute function refuse_deleting_user_with_active_cars();

-- A car someone is buying cannot disappear; the explicit check gives a clearer answer than
-- the foreign key of orders, which only speaks of references.
create function refuse_deleting_car_with_active_orders() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from orders where car_id = old.id and status in ('pending', 'confirmed')) then
        raise exception 'the car has a pending or confirmed order; cancel or complete it first'
            using errcode = 'foreign_key_violation', constraint = 'cars_active_orders', table = 'cars';
    end if;
    return old;
end
$$;
create trigger cars_active_orders before delete on cars
    for each row execute function refuse_deleting_car_with_active_orders();
