package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarPosition;
import dev.carlot.persistence.data.CarSort;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.Persistence;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The car lists the API serves most are answered from an index: the plans of the very
 * statements {@link PostgresCars} builds, over a few thousand analyzed rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIndexesTest {

    private static final int SELLERS = 50;
    private static final int CARS = 5_000;
    private static final List<String> INDEX_SCANS = List.of("Index Scan", "Index Only Scan", "Bitmap Index Scan");

    private TestDatabase database;

    @BeforeAll
    void fillTheInventory() {
        database = TestDatabases.fresh();
        try (Persistence persistence = new PostgresProvider().open(database.settings())) {
            persistence.migrate();
        }
        database.run(
                "insert into users (email, name, role, password_hash)"
                        + " select 'seller' || g || '@index.test', 'Seller ' || g, 'seller', 'hash'"
                        + " from generate_series(1, " + SELLERS + ") g",
                "insert into cars (seller_id, brand, model, year, price, mileage, status, created_at)"
                        + " select (g % " + SELLERS + ") + 1,"
                        + " (array['Toyota', 'Volkswagen', 'Ford', 'BMW', 'Audi', 'Skoda', 'Kia', 'Fiat'])[g % 8 + 1],"
                        + " 'Model ' || (g % 20), 1990 + g % 35, 1000 + (g * 7919) % 90000, g * 13 % 250000,"
                        // Like a marketplace with some history: most cars sold or archived, a tenth on
                        // offer, a twentieth deleted (kept for their orders, in no list).
                        + " case when g % 20 < 2 then 'available' when g % 20 = 2 then 'reserved'"
                        + " when g % 20 < 15 then 'sold' when g % 20 < 19 then 'archived' else 'deleted' end,"
                        + " now() - g * interval '1 minute'"
                        + " from generate_series(1, " + CARS + ") g",
                // as after a bulk import: a visibility map, so that id lists can come from the index alone
                "vacuum analyze cars");
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    /** The JSON plan of a page of a car list, as {@code Cars.list} would run it. */
    private String planOf(CarFilter filter, CarSort sort, long offset) throws SQLException {
        return planOf(PostgresCars.where(filter), sort, offset);
    }

    private String planOf(Conditions where, CarSort sort, long offset) throws SQLException {
        List<Object> params = new ArrayList<>(where.params());
        params.add(20);
        params.add(offset);
        return plan(PostgresCars.pageSql(where, sort), params);
    }

    private String planOf(CarFilter filter, CarSort sort) throws SQLException {
        return planOf(filter, sort, 0);
    }

    /** The JSON plan of the total of a car list. */
    private String planOfTotal(CarFilter filter) throws SQLException {
        Sql.Query total = CarTotal.of(filter);
        return plan(total.sql(), total.params());
    }

    private String plan(String sql, List<Object> params) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("explain (format json) " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet plan = statement.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }

    private static void assertScansIndex(String plan, String index) {
        boolean found = INDEX_SCANS.stream().anyMatch(type -> scans(plan, type, index));
        assertTrue(found, "expected a scan of " + index + " in " + plan);
    }

    private static void assertScans(String plan, String type, String index) {
        assertTrue(scans(plan, type, index), "expected an " + type + " of " + index + " in " + plan);
    }

    private static boolean scans(String plan, String type, String index) {
        return Pattern.compile("\"Node Type\": \"" + type + "\",[^{}]*\"Index Name\": \"" + index + "\"")
                .matcher(plan).find();
    }

    @Test
    void availableCarsNewestFirstComeFromTheStatusIndex() throws SQLException {
        assertScansIndex(planOf(CarFilter.all().withStatuses(Set.of(CarStatus.AVAILABLE)), CarSort.NEWEST),
                "cars_status_created_idx");
    }

    @Test
    void aSellersCarsComeFromTheSellerIndex() throws SQLException {
        assertScansIndex(planOf(CarFilter.all().withSeller(7), CarSort.NEWEST), "cars_seller_created_idx");
    }

    @Test
    void aBrandAndModelComeFromTheBrandIndex() throws SQLException {
        CarFilter filter = new CarFilter(Set.of(), Optional.empty(), Optional.of("toyota"), Optional.of("model 8"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertScansIndex(planOf(filter, CarSort.PRICE_ASC), "cars_brand_model_price_idx");
    }

    @Test
    void theWholeInventoryByPriceComesFromThePriceIndex() throws SQLException {
        assertScansIndex(planOf(CarFilter.all(), CarSort.PRICE_ASC), "cars_price_idx");
    }

    @Test
    void pagesAfterAPositionStartInsideTheSortIndexInsteadOfSkippingToIt() throws SQLException {
        var position = new CarPosition(4_000, Instant.now().minusSeconds(3_600), new BigDecimal("45000"), 2005);
        String byPrice = planOf(PostgresCars.whereAfter(CarFilter.all(), CarSort.PRICE_ASC, position),
                CarSort.PRICE_ASC, 0);
        String newestAvailable = planOf(PostgresCars.whereAfter(CarFilter.all().withStatuses(
                Set.of(CarStatus.AVAILABLE)), CarSort.NEWEST, position), CarSort.NEWEST, 0);

        assertScansIndex(byPrice, "cars_price_idx");
        assertTrue(byPrice.contains("\"Index Cond\": \"(ROW(price, id) > ROW("), byPrice);
        assertScansIndex(newestAvailable, "cars_status_created_idx");
        assertTrue(newestAvailable.contains("AND (ROW(created_at, id) < ROW("), newestAvailable);
    }

    @Test
    void theTotalOfAvailableCarsIsSummedFromTheCountersNotCounted() throws SQLException {
        String plan = planOfTotal(CarFilter.all().withStatuses(Set.of(CarStatus.AVAILABLE, CarStatus.RESERVED)));
        assertTrue(plan.contains("\"Relation Name\": \"car_counts\""), plan);
        assertFalse(plan.contains("\"Relation Name\": \"cars\""), plan);
    }

    @Test
    void theTotalOfTheWholeInventoryIsSummedFromTheCounters() throws SQLException {
        String plan = planOfTotal(CarFilter.all());
        assertTrue(plan.contains("\"Relation Name\": \"car_counts\""), plan);
        assertFalse(plan.contains("\"Relation Name\": \"cars\""), plan);
    }

    @Test
    void aSellersTotalIsCountedInTheSellerIndexAlone() throws SQLException {
        assertScans(planOfTotal(CarFilter.all().withSeller(7)), "Index Only Scan", "cars_seller_created_idx");
    }

    @Test
    void aBrandInAPriceRangeIsPagedAndCountedFromTheBrandPriceIndex() throws SQLException {
        CarFilter filter = new CarFilter(Set.of(), Optional.empty(), Optional.of("Ford"), Optional.empty(),
                Optional.of(new BigDecimal("20000")), Optional.of(new BigDecimal("60000")), Optional.empty(),
                Optional.empty());
        assertScans(planOf(filter, CarSort.PRICE_ASC), "Index Only Scan", "cars_brand_price_idx");
        assertScans(planOfTotal(filter), "Index Only Scan", "cars_brand_price_idx");
    }

    @Test
    void theWholeInventoryNewestFirstSkipsDeletedCarsInThePartialIndexAlone() throws SQLException {
        assertScans(planOf(CarFilter.all(), CarSort.NEWEST, 3_000), "Index Only Scan", "cars_created_idx");
        assertScans(planOf(CarFilter.all(), CarSort.PRICE_ASC, 3_000), "Index Only Scan", "cars_price_idx");
    }

    @Test
    void theRowsADeepPageSkipsAreSkippedInTheIndexAlone() throws SQLException {
        assertScans(planOf(CarFilter.all().withStatuses(Set.of(CarStatus.SOLD)), CarSort.NEWEST, 3_000),
                "Index Only Scan", "cars_status_created_idx");
    }
}
