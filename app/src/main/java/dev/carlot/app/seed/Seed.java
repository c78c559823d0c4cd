package dev.carlot.app.seed;

import dev.carlot.app.AppConfig;
import dev.carlot.app.ConfigurationException;
import dev.carlot.feature.PasswordHashing;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarSort;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import io.helidon.config.Config;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo data: an admin, a seller and a user, and the seller's inventory of realistic cars,
 * one of them reserved and one sold to the user. Idempotent: accounts are recognised by email,
 * cars by their first image URL, and only what is missing is created, in one transaction.
 */
public final class Seed {
    /** The documented development password, accepted only on the embedded backend. */
    public static final String DEVELOPMENT_PASSWORD = "carlot-dev-password";
    public static final String ADMIN = "admin@carlot.local";
    public static final String SELLER = "seller@carlot.local";
    public static final String USER = "user@carlot.local";
    private static final int MAX_PASSWORD_BYTES = 72;

    private static final Logger LOG = Logger.getLogger(Seed.class.getName());

    private record Account(String email, String name, Role role) {
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account(ADMIN, "Ada Admin", Role.ADMIN),
            new Account(SELLER, "Sam Seller", Role.SELLER),
            new Account(USER, "Uma User", Role.USER));

    private Seed() {
    }

    /** Seeds what is missing, hashing the accounts' password as the accounts feature configured in {@code root} does. */
    public static SeedReport run(Persistence persistence, AppConfig.Seed config, Config root) {
        boolean accountsMissing = ACCOUNTS.stream()
                .anyMatch(a -> persistence.repositories().users().findByEmail(a.email()).isEmpty());
        // One hash for all three accounts: they share the password anyway, and bcrypt is slow on purpose.
        String hash = accountsMissing
                ? hash(password(persistence.privateToThisMachine(), persistence.backend(), config), root)
                : "";
        return persistence.inTransaction(tx -> {
            int accounts = 0;
            for (Account account : ACCOUNTS) {
                if (tx.users().findByEmail(account.email()).isEmpty()) {
                    tx.users().create(new NewUser(account.email(), account.name(), account.role(), hash));
                    accounts++;
                }
            }
            User seller = tx.users().findByEmail(SELLER).orElseThrow();
            User buyer = tx.users().findByEmail(USER).orElseThrow();
            Set<String> present = firstImages(tx, seller.id());
            int cars = 0;
            int orders = 0;
            for (DemoCar demo : DemoCar.all()) {
                if (present.contains(demo.firstImage())) {
                    continue;
                }
                Car car = tx.cars().create(demo.toNewCar(seller.id()));
                cars++;
                orders += settle(tx, car, demo.status(), buyer);
            }
            return new SeedReport(accounts, cars, orders);
        });
    }

    private static String hash(String password, Config root) {
        try {
            return hashing().hash(root, password);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("cannot seed the demo accounts: " + e.getMessage());
        }
    }

    /** The accounts feature's hashing, so that seeded accounts sign in exactly as registered ones do. */
    private static PasswordHashing hashing() {
        return ServiceLoader.load(PasswordHashing.class).findFirst().orElseThrow(() -> new ConfigurationException(
                "seeding needs the accounts feature (module dev.carlot.accounts) on the module path"));
    }

    /**
     * The seeded accounts' password: the configured one, or on a database private to this
     * machine (the embedded backend) the development password, with a warning. A shared server
     * never gets a known password.
     */
    static String password(boolean privateDatabase, String backend, AppConfig.Seed config) {
        if (config.password().isPresent()) {
            // bcrypt reads 72 bytes and sign-in refuses longer passwords, so a longer one could never be used
            if (config.password().get().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
                throw new ConfigurationException("CARLOT_SEED_PASSWORD must be at most " + MAX_PASSWORD_BYTES
                        + " bytes in UTF-8, the most bcrypt reads; the accounts could not sign in with a longer one");
            }
            return config.password().get();
        }
        if (!privateDatabase) {
            throw new ConfigurationException("set CARLOT_SEED_PASSWORD to seed the " + backend
                    + " backend; the development password is only used on the embedded backend");
        }
        LOG.warning("CARLOT_SEED_PASSWORD is not set: the demo accounts get the development password '"
                + DEVELOPMENT_PASSWORD + "'");
        return DEVELOPMENT_PASSWORD;
    }

    /**
     * Whether a seeded account can still be signed into with the development password: true
     * after a first start without CARLOT_SEED_PASSWORD, and on every later start of that
     * database until the password is changed (or the account deleted).
     */
    public static boolean developmentPasswordInUse(Persistence persistence) {
        PasswordHashing hashing = hashing();
        // Each check is a bcrypt run (about a quarter second at the default cost) on every start; the
        // seed gives all three accounts one hash, so each distinct hash is checked once.
        return ACCOUNTS.stream().map(a -> persistence.repositories().users().credentials(a.email()))
                .flatMap(java.util.Optional::stream)
                .map(c -> c.passwordHash()).distinct()
                .anyMatch(hash -> hashing.matches(DEVELOPMENT_PASSWORD, hash));
    }

    /** Brings a new car into its demo status the way the API would: through an order. */
    private static int settle(Repositories tx, Car car, CarStatus status, User buyer) {
        return switch (status) {
            case AVAILABLE -> 0;
            case ARCHIVED -> {
                tx.cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.ARCHIVED);
                yield 0;
            }
            case RESERVED, SOLD -> {
                var order = tx.orders().create(car.id(), buyer.id(), car.sellerId(), car.price());
                tx.cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.RESERVED);
                if (status == CarStatus.SOLD) {
                    tx.orders().setStatus(order.id(), OrderStatus.CONFIRMED);
                    tx.orders().setStatus(order.id(), OrderStatus.COMPLETED);
                    tx.cars().transition(car.id(), CarStatus.RESERVED, CarStatus.SOLD);
                }
                yield 1;
            }
        };
    }

    private static Set<String> firstImages(Repositories tx, long sellerId) {
        Set<String> images = new HashSet<>();
        CarFilter filter = CarFilter.all().withSeller(sellerId);
        Page<Car> page;
        long offset = 0;
        do {
            page = tx.cars().list(filter, CarSort.NEWEST, new PageRequest(PageRequest.MAX_LIMIT, offset));
            page.items().stream().filter(c -> !c.images().isEmpty()).forEach(c -> images.add(c.images().getFirst()));
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        return images;
    }
}
