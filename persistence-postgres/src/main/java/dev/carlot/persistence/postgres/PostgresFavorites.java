package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Favorites;
import java.util.List;

/** Favorites in table {@code favorites}; adding twice or removing what is absent changes nothing. */
final class PostgresFavorites implements Favorites {

    private final Sql sql;
    /** Plain reads: from the replica when the request's consistency allows it (docs/scaling-replicas.md). */
    private final Sql reads;

    PostgresFavorites(Sql sql, Sql reads) {
        this.sql = sql;
        this.reads = reads;
    }

    @Override
    public void add(long userId, long carId) {
        sql.insert("insert into favorites (user_id, car_id) values (?, ?) on conflict do nothing", userId, carId);
    }

    @Override
    public void remove(long userId, long carId) {
        sql.execute("delete from favorites where user_id = ? and car_id = ?", userId, carId);
    }

    @Override
    public Page<Car> list(long userId, PageRequest page) {
        return reads.page(PostgresCars.COLUMNS, "from favorites f join cars c on c.id = f.car_id where f.user_id = ? and "
                        + PostgresCars.LISTED,
                "f.created_at desc, c.id desc", CarRows::car, page, List.of(userId));
    }
}
