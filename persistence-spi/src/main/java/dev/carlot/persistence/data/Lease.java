package dev.carlot.persistence.data;

import java.time.Instant;

/**
 * A lease as the database holds it: who has it, and until when by the database's clock.
 *
 * @param name      what the lease is for, such as a job's name
 * @param holder    who holds it, such as one Carlot server process
 * @param expiresAt when it runs out unless its holder renews it, by the database's clock
 */
public record Lease(String name, String holder, Instant expiresAt) {
}
