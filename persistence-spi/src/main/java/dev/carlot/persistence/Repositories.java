package dev.carlot.persistence;

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

/** One repository per aggregate. */
public interface Repositories {
    Users users();

    Sessions sessions();

    Cars cars();

    Orders orders();

    Inquiries inquiries();

    Favorites favorites();

    Reviews reviews();

    Posts posts();

    /** Attempt counters for throttling, shared by every server on the database. */
    Attempts attempts();

    /** Leases by name, so that one server of all those on the database does a thing (runs a job) at a time. */
    Leases leases();
}
