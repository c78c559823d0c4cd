package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Attempts;
import dev.carlot.persistence.data.Cars;
import dev.carlot.persistence.data.Favorites;
import dev.carlot.persistence.data.Inquiries;
import dev.carlot.persistence.data.Leases;
import dev.carlot.persistence.data.Orders;
import dev.carlot.persistence.data.Posts;
import dev.carlot.persistence.data.Reviews;
import dev.carlot.persistence.data.Sessions;
import dev.carlot.persistence.data.Users;

/** Every repository, all running their statements through one {@link Sql}. */
record PostgresRepositories(Users users, Sessions sessions, Cars cars, Orders orders, Inquiries inquiries,
                            Favorites favorites, Reviews reviews, Posts posts, Attempts attempts,
                            Leases leases) implements Repositories {

    static PostgresRepositories over(Sql sql) {
        return new PostgresRepositories(new PostgresUsers(sql), new PostgresSessions(sql), new PostgresCars(sql),
                new PostgresOrders(sql), new PostgresInquiries(sql), new PostgresFavorites(sql),
                new PostgresReviews(sql), new PostgresPosts(sql), new PostgresAttempts(sql), new PostgresLeases(sql));
    }
}
