package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;

/** Cars a user keeps an eye on. Adding and removing are idempotent. */
public interface Favorites {

    /** @throws dev.carlot.persistence.NotFoundException when the car or user does not exist */
    void add(long userId, long carId);

    /** Takes the car off the user's favorites; nothing happens when it was not on them. */
    void remove(long userId, long carId);

    /** The user's favorite cars, most recently added first. */
    Page<Car> list(long userId, PageRequest page);
}
