package dev.carlot.persistence.contract;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.NewCar;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named things the contract tests start from. Every value that must be unique (emails, brands,
 * token hashes) carries a run-wide prefix and a counter, so tests sharing one database never
 * see each other's rows through the filters they use.
 */
public final class Fixtures {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    static final String BCRYPT_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z0iIhv1ia0mbv4f0kE0S3b5W";

    private final Persistence persistence;

    public Fixtures(Persistence persistence) {
        this.persistence = persistence;
    }

    public Persistence persistence() {
        return persistence;
    }

    /** A word no other fixture uses, such as a brand only this test's cars carry. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static String anEmail() {
        return unique("someone") + "@example.com";
    }

    public User aUser() {
        return persistence.repositories().users().create(new NewUser(anEmail(), "Ursula User", Role.USER, BCRYPT_HASH));
    }

    public User aSeller() {
        return persistence.repositories().users().create(new NewUser(anEmail(), "Sam Seller", Role.SELLER, BCRYPT_HASH));
    }

    public static NewCar aNewCar(long sellerId) {
        return new NewCar(sellerId, "Toyota", "Corolla", 2019, new BigDecimal("15999.99"), 42_000,
                Optional.of("blue"), Optional.of("One careful owner."),
                List.of("https://img.example.com/corolla-front.jpg", "https://img.example.com/corolla-back.jpg"));
    }

    public Car anAvailableCar() {
        return anAvailableCarOf(aSeller());
    }

    public Car anAvailableCarOf(User seller) {
        return persistence.repositories().cars().create(aNewCar(seller.id()));
    }

    /** A car of {@code brand}, so a list filtered by that brand sees only this test's cars. */
    public Car aCar(User seller, String brand, String model, int year, String price) {
        return persistence.repositories().cars().create(new NewCar(seller.id(), brand, model, year, new BigDecimal(price), 10_000,
                Optional.empty(), Optional.empty(), List.of()));
    }

    public Car aCarIn(CarStatus status, User seller) {
        Car car = anAvailableCarOf(seller);
        return status == CarStatus.AVAILABLE ? car
                : persistence.repositories().cars().transition(car.id(), CarStatus.AVAILABLE, status).orElseThrow();
    }

    /** A pending order by a new buyer for {@code car}, at the car's price. */
    public Order aPendingOrderFor(Car car) {
        return persistence.repositories().orders().create(car.id(), aUser().id(), car.sellerId(), car.price());
    }
}
