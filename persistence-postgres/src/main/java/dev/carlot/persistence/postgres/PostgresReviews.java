package dev.carlot.persistence.postgres;

import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Review;
import dev.carlot.persistence.data.Reviews;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reviews in table {@code reviews}; one per user and car by constraint {@code reviews_car_user_key}. */
final class PostgresReviews implements Reviews {

    private static final String COLUMNS = "r.id, r.car_id, r.user_id, r.rating, r.comment, r.created_at";

    private final Sql sql;
    /** Plain reads: from the replica when the request's consistency allows it (docs/scaling-replicas.md). */
    private final Sql reads;

    PostgresReviews(Sql sql, Sql reads) {
        this.sql = sql;
        this.reads = reads;
    }

    private static Review review(Row row) {
        return new Review(Rows.id(row, "id"), Rows.id(row, "car_id"), Rows.id(row, "user_id"),
                Rows.integer(row, "rating"), Rows.optionalText(row, "comment"), Rows.instant(row, "created_at"));
    }

    @Override
    public Review create(long carId, long userId, int rating, Optional<String> comment) {
        return sql.insert("insert into reviews as r (car_id, user_id, rating, comment) values (?, ?, ?, ?)"
                + " returning " + COLUMNS, PostgresReviews::review, carId, userId, rating, comment.orElse(null));
    }

    @Override
    public Optional<Review> find(long id) {
        return reads.one("select " + COLUMNS + " from reviews r where r.id = ?", PostgresReviews::review, id);
    }

    @Override
    public Page<Review> list(long carId, PageRequest page) {
        return reads.page(COLUMNS, "from reviews r where r.car_id = ?", "r.created_at desc, r.id desc",
                PostgresReviews::review, page, List.of(carId));
    }

    /** Rounded to two decimals, as ratings are shown. */
    @Override
    public Optional<BigDecimal> averageRating(long carId) {
        return reads.one("select round(avg(rating), 2) as average from reviews where car_id = ?",
                row -> Rows.optionalDecimal(row, "average"), carId).flatMap(average -> average);
    }

    @Override
    public void delete(long id) {
        if (sql.execute("delete from reviews where id = ?", id) == 0) {
            throw new NotFoundException("review " + id + " does not exist");
        }
    }
}
