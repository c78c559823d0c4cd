package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Attempts;
import dev.carlot.persistence.data.AuditLog;
import dev.carlot.persistence.data.Cars;
import dev.carlot.persistence.data.Favorites;
import dev.carlot.persistence.data.Inquiries;
import dev.carlot.persistence.data.Leases;
import dev.carlot.persistence.data.Orders;
import dev.carlot.persistence.data.Posts;
import dev.carlot.persistence.data.Reviews;
import dev.carlot.persistence.data.Sessions;
import dev.carlot.persistence.data.Users;

/**
 * Every repository, running their statements through one {@link Sql}, except plain reads, which
 * go through {@code reads}: a replica's when one is configured. Sessions and attempt counters
 * decide who may do what, and always read the primary: a sign-out or a failed guess on one
 * server must count on every other at once.
 */
record PostgresRepositories(Users users, Sessions sessions, Cars cars, Orders orders, Inquiries inquiries,
                            Favorites favorites, Reviews reviews, Posts posts, Attempts attempts,
                            Leases leases, AuditLog audit) implements Repositories {

    static PostgresRepositories over(Sql sql) {
        return over(sql, sql);
    }

    static PostgresRepositories over(Sql sql, Sql reads) {
        return new PostgresRepositories(new PostgresUsers(sql, reads), new PostgresSessions(sql),
                new PostgresCars(sql, reads), new PostgresOrders(sql, reads), new PostgresInquiries(sql, reads),
                new PostgresFavorites(sql, reads), new PostgresReviews(sql, reads), new PostgresPosts(sql, reads),
                new PostgresAttempts(sql), new PostgresLeases(sql),
                new PostgresAuditLog(sql));
    }
}
