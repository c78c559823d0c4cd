package dev.carlot.sales;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The sales feature's configuration, read once at start from {@code carlot.sales.*}.
 *
 * @param maxPendingOrders how many pending orders one buyer may hold at once
 *                         ({@code max-pending-orders}, default 5)
 * @param pendingOrderTtl  how long an order may stay pending before Carlot cancels it
 *                         ({@code pending-order-ttl}, an ISO-8601 duration, default {@code P2D})
 * @param expiryPeriod     how often each server looks for expired orders ({@code expiry-period},
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

    static SalesSettings from(Config config) {
        Config sales = config.get("carlot.sales");
        String max = sales.get("max-pending-orders").asString().orElse(String.valueOf(DEFAULT_MAX_PENDING)).strip();
        return new SalesSettings(whole("max-pending-orders", max),
                duration("pending-order-ttl", sales.get("pending-order-ttl").asString().orElse(DEFAULT_TTL.toString())),
                duration("expiry-period", sales.get("expiry-period").asString().orElse(DEFAULT_PERIOD.toString())));
    }

    private static int whole(String key, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("carlot.sales." + key + " must be a whole number such as 5, not '"
                    + text + "'");
        }
    }

    private static Duration duration(String key, String text) {
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("carlot.sales." + key + " must be an ISO-8601 duration such as P2D or"
                    + " PT1M, not '" + text.strip() + "'");
        }
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("carlot.sales." + key + " must be a positive duration, not " + value);
        }
    }
}
