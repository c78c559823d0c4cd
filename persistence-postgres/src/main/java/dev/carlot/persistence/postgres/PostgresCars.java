package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarPatch;
import dev.carlot.persistence.data.CarPosition;
import dev.carlot.persistence.data.CarSort;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Cars;
import dev.carlot.persistence.data.NewCar;
import java.util.Optional;

/**
 * The inventory in table {@code cars}. A deleted car keeps its row, for the orders that refer to
 * it, in the status {@value #DELETED}, which no read here ever returns: every statement says
 * {@link #LISTED}, literally, so that the planner matches it to the partial indexes of V4.
 */
final class PostgresCars implements Cars {

    static final String COLUMNS = "c.id, c.seller_id, c.brand, c.model, c.year, c.price, c.mileage, c.color,"
            + " c.description, c.images, c.status, c.created_at, c.updated_at";
    /** The status of a deleted listing; never a {@link CarStatus}. */
    static final String DELETED = "deleted";
    /** The condition every read of cars carries. */
    static final String LISTED = "c.status <> '" + DELETED + "'";
    private static final String BY_ID = "select " + COLUMNS + " from cars c where c.id = ? and " + LISTED;
    /** Where a listing may be deleted from: any status but reserved, which means an order is active. */
    private static final String DELETABLE = "'available', 'sold', 'archived'";

    private final Sql sql;
    /** Plain reads: from the replica when the request's consistency allows it (docs/scaling-replicas.md). */
    private final Sql reads;

    PostgresCars(Sql sql, Sql reads) {
        this.sql = sql;
        this.reads = reads;
    }

    @Override
    public Car create(NewCar car) {
        return sql.insert("""
                insert into cars as c (seller_id, brand, model, year, price, mileage, color, description, images)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[])
                returning\s""" + COLUMNS,
                CarRows::car, car.sellerId(), car.brand(), car.model(), car.year(), car.price(), car.mileage(),
                car.color().orElse(null), car.description().orElse(null), car.images().toArray(String[]::new));
    }

    @Override
    public Optional<Car> find(long id) {
        return reads.one(BY_ID, CarRows::car, id);
    }

    @Override
    public Optional<Car> findForUpdate(long id) {
        return sql.one(BY_ID + " for update", CarRows::car, id);
    }

    @Override
    public Page<Car> list(CarFilter filter, CarSort sort, PageRequest page) {
        return page(filter, where(filter), sort, page);
    }

    @Override
    public Page<Car> listAfter(CarFilter filter, CarSort sort, CarPosition after, PageRequest page) {
        return page(filter, whereAfter(filter, sort, after), sort, page);
    }

    /** A page of the cars {@code where} selects, with the total of the whole {@code filter}ed list. */
    private Page<Car> page(CarFilter filter, Conditions where, CarSort sort, PageRequest page) {
        return reads.page(CarTotal.of(filter), pageSql(where, sort), CarRows::car, page, where.params());
    }

    /**
     * The conditions of a list continued after a position (shared with the test that checks the
     * plans): a row comparison, which the sort's index answers as a range.
     */
    static Conditions whereAfter(CarFilter filter, CarSort sort, CarPosition after) {
        return where(filter).add(after(sort), afterValues(sort, after));
    }

    private static String after(CarSort sort) {
        return switch (sort) {
            case NEWEST -> "(c.created_at, c.id) < (?, ?)";
            case PRICE_ASC -> "(c.price, c.id) > (?, ?)";
            case PRICE_DESC -> "(c.price, c.id) < (?, ?)";
            case YEAR_ASC -> "(c.year, c.id) > (?, ?)";
            case YEAR_DESC -> "(c.year, c.id) < (?, ?)";
        };
    }

    private static Object[] afterValues(CarSort sort, CarPosition after) {
        Object key = switch (sort) {
            case NEWEST -> Rows.at(after.createdAt());
            case PRICE_ASC, PRICE_DESC -> after.price();
            case YEAR_ASC, YEAR_DESC -> after.year();
        };
        return new Object[] {key, after.id()};
    }

    /**
     * One page of a list, its rows found first by id alone and only then read: the ids usually
     * come from an index-only scan, so the rows an offset skips cost an index entry each instead
     * of a heap fetch each (offset 100,000 reads 20 rows, not 100,020). Ends in
     * {@code limit ? offset ?}; shared with the test that checks the plans.
     */
    static String pageSql(Conditions where, CarSort sort) {
        return "select " + COLUMNS + " from cars c join (select c.id from cars c" + where.where()
                + " order by " + orderBy(sort) + " limit ? offset ?) p on p.id = c.id order by " + orderBy(sort);
    }

    /** The conditions of a filtered list (shared with the test that checks the plans use indexes). */
    static Conditions where(CarFilter filter) {
        return new Conditions()
                .add(LISTED)
                .in("c.status", CarTotal.wire(filter))
                .add("c.seller_id = ?", filter.sellerId())
                .add("lower(c.brand) = lower(?)", filter.brand())
                .add("lower(c.model) = lower(?)", filter.model())
                .add("c.price >= ?", filter.minPrice())
                .add("c.price <= ?", filter.maxPrice())
                .add("c.year >= ?", filter.minYear())
                .add("c.year <= ?", filter.maxYear());
    }

    static String orderBy(CarSort sort) {
        return switch (sort) {
            case NEWEST -> "c.created_at desc, c.id desc";
            case PRICE_ASC -> "c.price, c.id";
            case PRICE_DESC -> "c.price desc, c.id desc";
            case YEAR_ASC -> "c.year, c.id";
            case YEAR_DESC -> "c.year desc, c.id desc";
        };
    }

    @Override
    public Car update(long id, CarPatch patch) {
        return sql.change("""
                update cars as c
                set brand = coalesce(?::text, c.brand),
                    model = coalesce(?::text, c.model),
                    year = coalesce(?::integer, c.year),
                    price = coalesce(?::numeric, c.price),
                    mileage = coalesce(?::integer, c.mileage),
                    color = case when ? then null else coalesce(?::text, c.color) end,
                    description = case when ? then null else coalesce(?::text, c.description) end,
                    images = coalesce(?::text[], c.images)
                where c.id = ? and\s""" + LISTED + """
                returning\s""" + COLUMNS,
                CarRows::car,
                patch.brand().orElse(null), patch.model().orElse(null), patch.year().orElse(null),
                patch.price().orElse(null), patch.mileage().orElse(null),
                patch.clears(CarPatch.Clearable.COLOR), patch.color().orElse(null),
                patch.clears(CarPatch.Clearable.DESCRIPTION), patch.description().orElse(null),
                patch.images().map(i -> i.toArray(String[]::new)).orElse(null), id)
                .orElseThrow(() -> missing(id));
    }

    @Override
    public Optional<Car> transition(long id, CarStatus from, CarStatus to) {
        Optional<Car> moved = sql.change("""
                update cars as c set status = ?
                where c.id = ? and c.status = ?
                returning\s""" + COLUMNS,
                CarRows::car, to.wire(), id, from.wire());
        if (moved.isEmpty() && find(id).isEmpty()) {
            throw missing(id);
        }
        return moved;
    }

    /**
     * A soft delete: the row stays for the orders that name it. Refused while an order is active:
     * the status condition settles a race with an order being placed (both change this row, so
     * one waits for the other and sees its result), the orders condition covers the rest.
     */
    @Override
    public void delete(long id) {
        if (sql.execute("update cars as c set status = '" + DELETED + "' where c.id = ? and c.status in ("
                + DELETABLE + ") and not exists (select 1 from orders o where o.car_id = c.id"
                + " and o.status in ('pending', 'confirmed'))", id) == 0) {
            find(id).orElseThrow(() -> missing(id));
            throw new ConflictException(Conflict.CAR_HAS_ACTIVE_ORDER, "car " + id + " has a pending or confirmed order");
        }
    }

    static NotFoundException missing(long id) {
        return new NotFoundException("car " + id + " does not exist");
    }
}
