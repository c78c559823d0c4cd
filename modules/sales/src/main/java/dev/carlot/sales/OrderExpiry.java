package dev.carlot.sales;

import dev.carlot.feature.Audit;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Order;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The background job that cancels pending orders older than the TTL and makes their cars
 * available again. The runtime runs it on one server of the cluster at a time (the job's lease);
 * should two ever overlap (a server paused past its lease), the database still hands each expired
 * order to exactly one of them ({@link dev.carlot.persistence.data.Orders#expirePending}), in
 * batches, each order with its car in one transaction. Failures (the database down) are the
 * runtime's to log and retry.
 */
final class OrderExpiry implements Runnable {
    /** Orders per transaction: small enough to keep locks short, large enough for a backlog. */
    static final int BATCH = 100;

    private final Repositories repositories;
    private final Duration ttl;

    OrderExpiry(Repositories repositories, Duration ttl) {
        this.repositories = repositories;
        this.ttl = ttl;
    }

    @Override
    public void run() {
        List<Order> expired;
        do {
            expired = repositories.orders().expirePending(ttl, BATCH);
            for (Order order : expired) {
                Audit.system("order.expired", Optional.of(order.id()), "car=" + order.carId(),
                        "buyer=" + order.buyerId(), "ttl=" + ttl);
            }
        } while (expired.size() == BATCH && !Thread.currentThread().isInterrupted());
    }
}
