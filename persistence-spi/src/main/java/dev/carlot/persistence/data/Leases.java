package dev.carlot.persistence.data;

import java.time.Duration;
import java.util.Optional;

/**
 * Named leases in the database, so that of all the Carlot servers on it exactly one at a time
 * does a thing (runs a periodic job), and another takes over once that one stops renewing. Every
 * time is read from the database's clock, never a server's, so servers whose clocks disagree
 * still agree on who holds a lease. Each call is one atomic statement that leaves no session
 * state behind (no session advisory lock), so leases work through a transaction-pooling PgBouncer.
 *
 * <p>Names and holders are opaque text of 1 to 200 characters.
 */
public interface Leases {

    /**
     * Takes the lease {@code name} for {@code holder} when nobody holds it or its lease has run
     * out, or renews it when {@code holder} holds it already; either way it then lasts
     * {@code duration} from the database's now. Of concurrent calls by different holders at most
     * one gets the lease.
     *
     * @return the lease when {@code holder} holds it now; empty while another holder's lease runs
     * @throws IllegalArgumentException when {@code duration} is not positive or a text is out of bounds
     */
    Optional<Lease> take(String name, String holder, Duration duration);

    /**
     * Gives the lease {@code name} up when {@code holder} holds it, so that another holder may
     * take it at once instead of after it runs out.
     *
     * @return whether {@code holder} held it
     */
    boolean release(String name, String holder);

    /** Who holds the lease {@code name} now; empty when nobody does (never taken, released or run out). */
    Optional<Lease> current(String name);
}
