package dev.carlot.persistence;

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

/** One repository per aggregate. */
public interface Repositories {
    /** The accounts: users and their credentials. */
    Users users();

    /** The signed-in sessions, by the hash of their token. */
    Sessions sessions();

    /** The cars of the inventory. */
    Cars cars();

    /** The sales orders and their transitions. */
    Orders orders();

    /** The buyers' inquiries about cars. */
    Inquiries inquiries();

    /** The cars each user has marked as a favorite. */
    Favorites favorites();

    /** The reviews of sellers and their ratings. */
    Reviews reviews();

    /** The posts of the community pages. */
    Posts posts();

    /** Attempt counters for throttling, shared by every server on the database. */
    Attempts attempts();

    /** Leases by name, so that one server of all those on the database does a thing (runs a job) at a time. */
    Leases leases();

    /** The audit log of security events. */
    AuditLog audit();
}
