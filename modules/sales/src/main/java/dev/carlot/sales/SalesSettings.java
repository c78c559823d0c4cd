package dev.carlot.sales;

import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import java.time.Duration;

/**
 * The sales feature's configuration, read once at start from {@code carlot.sales.*}.
 *
 * @param maxPendingOrders how many pending orders one buyer may hold at once
 *                         ({@code max-pending-orders}, default 5)
 * @param pendingOrderTtl  how long an order may stay pending before Carlot cancels it
 *                         ({@code pending-order-ttl}, an ISO-8601 duration, default {@code P2D})
 * @param expiryPeriod     how often the server running the job looks for expired orders ({@code expiry-period},
 *                         an ISO-8601 duration, default {@code PT1M})
 */
record SalesSettings(int maxPendingOrders, Duration pendingOrderTtl, Duration expiryPeriod) {
    static final int DEFAULT_MAX_PENDING = 5;
    static final Duration DEFAULT_TTL = Duration.ofDays(2);
    static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);

    SalesSettings {
        if (maxPendingOrders < 1) {
            throw new IllegalArgumentException("carlot.sales.max-pending-orders must be at least 1, not "
                    + maxPendingOrders);
        }
        positive("pending-order-ttl", pendingOrderTtl);
        positive("expiry-period", expiryPeriod);
    }

    /** Reads the sales section, {@code carlot.sales}. */
    static SalesSettings from(Config sales) {
        return new SalesSettings(ConfigValues.whole(sales.get("max-pending-orders"), DEFAULT_MAX_PENDING),
                ConfigValues.duration(sales.get("pending-order-ttl"), DEFAULT_TTL),
                ConfigValues.duration(sales.get("expiry-period"), DEFAULT_PERIOD));
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("carlot.sales." + key + " must be a positive duration, not " + value);
        }
    }
}
