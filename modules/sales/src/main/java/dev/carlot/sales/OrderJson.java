package dev.carlot.sales;

import dev.carlot.feature.JsonOut;
import dev.carlot.persistence.data.Order;
import jakarta.json.JsonObject;

/** An order as the API shows it. */
final class OrderJson {
    private OrderJson() {
    }

    static JsonObject of(Order order) {
        return JsonOut.object()
                .add("id", order.id())
                .add("carId", order.carId())
                .add("buyerId", order.buyerId())
                .add("sellerId", order.sellerId())
                .money("price", order.price())
                .add("status", order.status().wire())
                .add("createdAt", order.createdAt())
                .add("updatedAt", order.updatedAt())
                .build();
    }
}
