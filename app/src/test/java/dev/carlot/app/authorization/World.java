package dev.carlot.app.authorization;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.market.Market;
import jakarta.json.Json;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a matrix cell may act on, made through the API: a user who ordered, asked about
 * and reviewed the seller's reserved car and wrote a post; the seller, who also has a car
 * with no order; another seller with a car of their own; an admin; and a bystander, a user
 * with no records at all.
 */
record World(Account user, Account seller, Account otherSeller, Account admin, Account bystander,
        long reservedCar, long freeCar, long otherCar, long order, long inquiry, long review, long post) {

    static World create(TestServer server) {
        Http http = server.http();
        Market market = new Market(http);
        Account user = market.aUser();
        Account seller = market.aSeller();
        Account otherSeller = market.aSeller();
        long reservedCar = Market.id(market.anAvailableCar(seller));
        long freeCar = Market.id(market.anAvailableCar(seller));
        long otherCar = Market.id(market.anAvailableCar(otherSeller));
        long order = Market.id(market.placedOrder(user, reservedCar));
        long inquiry = Market.id(Market.expect(201, http.post("/api/cars/" + reservedCar + "/inquiries",
                Json.createObjectBuilder().add("message", "Is the price negotiable?").build(), user.token())));
        long review = Market.id(Market.expect(201, http.post("/api/cars/" + reservedCar + "/reviews",
                Json.createObjectBuilder().add("rating", 5).build(), user.token())));
        long post = Market.id(Market.expect(201, http.post("/api/posts",
                Json.createObjectBuilder().add("title", "Selling soon").add("content", "Ask me").build(), user.token())));
        return new World(user, seller, otherSeller, Accounts.anAdmin(server), market.aUser(),
                reservedCar, freeCar, otherCar, order, inquiry, review, post);
    }

    /** The account a role acts as; empty for the anonymous caller. */
    Optional<Account> as(Role role) {
        return switch (role) {
            case ANONYMOUS -> Optional.empty();
            case USER -> Optional.of(user);
            case SELLER -> Optional.of(seller);
            case OTHER_SELLER -> Optional.of(otherSeller);
            case ADMIN -> Optional.of(admin);
        };
    }

    /**
     * {@code text} with each placeholder replaced: {@code {reservedCar}}, {@code {user}}, ...,
     * {@code {self}} (the caller's own id; the user's for an anonymous caller), {@code {userEmail}},
     * {@code {newEmail}} (an address no account has), a console file of each kind and
     * {@code {noCounter}} (a throttle key nobody has).
     */
    String fill(String text, Role role, String newEmail) {
        Map<String, Object> values = Map.ofEntries(
                Map.entry("reservedCar", reservedCar), Map.entry("freeCar", freeCar), Map.entry("otherCar", otherCar),
                Map.entry("order", order), Map.entry("inquiry", inquiry), Map.entry("review", review),
                Map.entry("post", post), Map.entry("user", user.id()), Map.entry("seller", seller.id()),
                Map.entry("bystander", bystander.id()), Map.entry("self", as(role).orElse(user).id()),
                Map.entry("userEmail", user.email()), Map.entry("newEmail", newEmail),
                // the console's files, one of each kind it serves, and a throttle counter nobody has
                Map.entry("consoleFile", "app.js"), Map.entry("vendorFile", "uPlot.esm.js"),
                Map.entry("swaggerFile", "swagger-start.js"), Map.entry("noCounter", "no-such-counter"));
        String filled = text;
        for (var value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return filled;
    }
}
