package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.util.Optional;

/**
 * The inventory. A deleted car is gone from every method here (find, lists, totals, transitions:
 * unknown, as if it never existed) while the orders that name it keep their history.
 */
public interface Cars {

    /** @throws dev.carlot.persistence.NotFoundException when the seller does not exist */
    Car create(NewCar car);

    /** The car with this id, or empty when there is none. */
    Optional<Car> find(long id);

    /** Like {@link #find} but locks the row until the surrounding transaction ends. */
    Optional<Car> findForUpdate(long id);

    /** One page of the cars {@code filter} keeps, in {@code sort}'s order, with the exact total. */
    Page<Car> list(CarFilter filter, CarSort sort, PageRequest page);

    /**
     * A page of the cars that come after {@code after} in {@code sort} order (its offset counts
     * from there), with the total of the whole list. A deep page costs what the first does,
     * where an offset from the start costs one index entry per car skipped.
     */
    Page<Car> listAfter(CarFilter filter, CarSort sort, CarPosition after, PageRequest page);

    /** @throws dev.carlot.persistence.NotFoundException for an unknown id */
    Car update(long id, CarPatch patch);

    /**
     * Moves a car from {@code from} to {@code to} if it is in {@code from}.
     *
     * @return the changed car, or empty when it was not in {@code from}
     * @throws dev.carlot.persistence.NotFoundException for an unknown id
     */
    Optional<Car> transition(long id, CarStatus from, CarStatus to);

    /**
     * Deletes a listing. Its orders stay and keep naming it ({@link Orders#find} still answers),
     * so the record behind them is kept out of sight rather than removed; favorites of it vanish
     * from {@link Favorites#list}. Removing its seller still removes it for good, unless orders
     * refer to it.
     *
     * @throws dev.carlot.persistence.NotFoundException for an unknown or already deleted id
     * @throws dev.carlot.persistence.ConflictException ({@link dev.carlot.persistence.Conflict#CAR_HAS_ACTIVE_ORDER}) while
     *         an order for it is pending or confirmed
     */
    void delete(long id);
}
