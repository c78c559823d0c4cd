package dev.carlot.persistence.contract;

import dev.carlot.persistence.Persistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The persistence contract, written once against the SPI and run unchanged by every backend:
 * a backend's test extends this class and says how to open a fresh, migrated, empty database.
 * The groups of behaviour live in their own classes and run here as nested tests; they share
 * the one database (handed to them as {@link Fixtures}), and each test keeps to rows it created.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PersistenceContract {

    private Persistence persistence;
    private Fixtures fixtures;

    @RegisterExtension
    final ParameterResolver fixturesForGroups = new ParameterResolver() {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Fixtures.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return fixtures;
        }
    };

    /** A migrated, empty database of the backend under test; closed after the last test. */
    protected abstract Persistence openFresh();

    /** Runs after the persistence is closed, for a backend to remove what it set up. */
    protected void afterClose() {
    }

    @BeforeAll
    final void openPersistence() {
        persistence = openFresh();
        fixtures = new Fixtures(persistence);
    }

    @AfterAll
    final void closePersistence() {
        try {
            persistence.close();
        } finally {
            afterClose();
        }
    }

    @Nested
    class Users extends UsersContract {
    }

    @Nested
    class Sessions extends SessionsContract {
    }

    @Nested
    class Attempts extends AttemptsContract {
    }

    @Nested
    class Leases extends LeasesContract {
    }

    @Nested
    class Cars extends CarsContract {
    }

    @Nested
    class CarLists extends CarListsContract {
    }

    @Nested
    class CarPatches extends CarPatchContract {
    }

    @Nested
    class Orders extends OrdersContract {
    }

    @Nested
    class PendingOrders extends PendingOrdersContract {
    }

    @Nested
    class DeletedCars extends DeletedCarsContract {
    }

    @Nested
    class Inquiries extends InquiriesContract {
    }

    @Nested
    class Favorites extends FavoritesContract {
    }

    @Nested
    class Reviews extends ReviewsContract {
    }

    @Nested
    class Posts extends PostsContract {
    }

    @Nested
    class Transactions extends TransactionsContract {
    }

    @Nested
    class Operations extends OperationsContract {
    }
}
