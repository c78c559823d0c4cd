package dev.carlot.persistence.contract;

import static dev.carlot.persistence.contract.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarPosition;
import dev.carlot.persistence.data.CarSort;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.User;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.carlot.persistence.data.Cars#list}: every filter, every order, exact totals. Each test
 * lists cars of a brand only it uses, so other tests' cars never show.
 */
public abstract class CarListsContract extends ContractGroup {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);

    private static CarFilter brand(String brand) {
        return new CarFilter(Set.of(), Optional.empty(), Optional.of(brand), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static CarFilter priced(String brand, String min, String max) {
        return new CarFilter(Set.of(), Optional.empty(), Optional.of(brand), Optional.empty(),
                Optional.ofNullable(min).map(BigDecimal::new), Optional.ofNullable(max).map(BigDecimal::new),
                Optional.empty(), Optional.empty());
    }

    private static CarFilter built(String brand, Integer min, Integer max) {
        return new CarFilter(Set.of(), Optional.empty(), Optional.of(brand), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(min), Optional.ofNullable(max));
    }

    private List<Long> ids(CarFilter filter, CarSort sort) {
        return db().repositories().cars().list(filter, sort, ALL).items().stream().map(Car::id).toList();
    }

    @Test
    void newestFirstIsTheOrderOfCreationReversed() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        Car first = given().aCar(seller, brand, "A", 2010, "1000");
        Car second = given().aCar(seller, brand, "B", 2011, "2000");
        Car third = given().aCar(seller, brand, "C", 2012, "3000");

        assertEquals(List.of(third.id(), second.id(), first.id()), ids(brand(brand), CarSort.NEWEST));
    }

    @Test
    void priceAndYearOrdersBreakTiesById() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        Car cheapOld = given().aCar(seller, brand, "A", 2001, "5000");
        Car dearNew = given().aCar(seller, brand, "B", 2020, "9000");
        Car cheapOldTwin = given().aCar(seller, brand, "C", 2001, "5000");

        assertEquals(List.of(cheapOld.id(), cheapOldTwin.id(), dearNew.id()), ids(brand(brand), CarSort.PRICE_ASC));
        assertEquals(List.of(dearNew.id(), cheapOldTwin.id(), cheapOld.id()), ids(brand(brand), CarSort.PRICE_DESC));
        assertEquals(List.of(cheapOld.id(), cheapOldTwin.id(), dearNew.id()), ids(brand(brand), CarSort.YEAR_ASC));
        assertEquals(List.of(dearNew.id(), cheapOldTwin.id(), cheapOld.id()), ids(brand(brand), CarSort.YEAR_DESC));
    }

    @Test
    void pagesHaveTheExactTotalAndNeverOverlap() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(given().aCar(seller, brand, "M", 2015, "7000").id());
        }

        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            Page<Car> page = db().repositories().cars().list(brand(brand), CarSort.PRICE_ASC, new PageRequest(3, offset));
            assertEquals(7, page.total());
            assertEquals(3, page.limit());
            assertEquals(offset, page.offset());
            page.items().forEach(car -> seen.add(car.id()));
        }
        assertEquals(created, seen);
    }

    @Test
    void continuingAfterTheLastCarOfAPageWalksTheSameListAsOffsetsInEveryOrder() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        // equal prices and years, so that only the id breaks the ties between pages
        for (int i = 0; i < 7; i++) {
            given().aCar(seller, brand, "M", 2000 + i % 2, i % 3 == 0 ? "5000" : "7000");
        }
        for (CarSort sort : CarSort.values()) {
            List<Long> walked = new ArrayList<>();
            Page<Car> page = db().repositories().cars().list(brand(brand), sort, PageRequest.first(3));
            while (!page.items().isEmpty()) {
                assertEquals(7, page.total(), sort.name());
                page.items().forEach(car -> walked.add(car.id()));
                Car last = page.items().getLast();
                page = db().repositories().cars().listAfter(brand(brand), sort, CarPosition.of(last), PageRequest.first(3));
            }
            assertEquals(ids(brand(brand), sort), walked, sort.name());
            Car first = db().repositories().cars().find(walked.getFirst()).orElseThrow();
            List<Long> skippingOne = db().repositories().cars().listAfter(brand(brand), sort, CarPosition.of(first),
                    new PageRequest(2, 1)).items().stream().map(Car::id).toList();
            assertEquals(walked.subList(2, 4), skippingOne, "an offset counts from the position");
        }
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        given().aCar(seller, brand, "M", 2015, "7000");

        Page<Car> page = db().repositories().cars().list(brand(brand), CarSort.NEWEST, new PageRequest(10, 5));
        assertEquals(List.of(), page.items());
        assertEquals(1, page.total());
    }

    @Test
    void statusFilterKeepsCarsInAnyOfTheGivenStatuses() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        Car available = given().aCar(seller, brand, "A", 2015, "7000");
        Car reserved = given().aCar(seller, brand, "B", 2015, "7000");
        Car sold = given().aCar(seller, brand, "C", 2015, "7000");
        db().repositories().cars().transition(reserved.id(), CarStatus.AVAILABLE, CarStatus.RESERVED);
        db().repositories().cars().transition(sold.id(), CarStatus.AVAILABLE, CarStatus.SOLD);

        assertEquals(List.of(available.id()),
                ids(brand(brand).withStatuses(Set.of(CarStatus.AVAILABLE)), CarSort.NEWEST));
        assertEquals(List.of(sold.id(), reserved.id()),
                ids(brand(brand).withStatuses(Set.of(CarStatus.RESERVED, CarStatus.SOLD)), CarSort.NEWEST));
        assertEquals(3, db().repositories().cars().list(brand(brand), CarSort.NEWEST, ALL).total());
    }

    @Test
    void sellerFilterKeepsOneSellersCars() {
        User seller = given().aSeller();
        Car mine = given().anAvailableCarOf(seller);
        given().anAvailableCar();

        Page<Car> page = db().repositories().cars().list(CarFilter.all().withSeller(seller.id()), CarSort.NEWEST, ALL);
        assertEquals(List.of(mine), page.items());
        assertEquals(1, page.total());
    }

    @Test
    void brandAndModelFiltersIgnoreCase() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        Car golf = given().aCar(seller, brand, "Golf", 2015, "7000");
        given().aCar(seller, brand, "Polo", 2015, "7000");

        CarFilter filter = new CarFilter(Set.of(), Optional.empty(), Optional.of(brand.toUpperCase()),
                Optional.of("gOLF"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(List.of(golf.id()), ids(filter, CarSort.NEWEST));
    }

    @Test
    void priceRangeIsInclusive() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        Car low = given().aCar(seller, brand, "A", 2015, "1000.00");
        Car middle = given().aCar(seller, brand, "B", 2015, "2000.50");
        Car high = given().aCar(seller, brand, "C", 2015, "3000.00");

        assertEquals(List.of(low.id(), middle.id()), ids(priced(brand, null, "2000.50"), CarSort.PRICE_ASC));
        assertEquals(List.of(middle.id(), high.id()), ids(priced(brand, "2000.50", null), CarSort.PRICE_ASC));
        assertEquals(List.of(middle.id()), ids(priced(brand, "2000.50", "2000.50"), CarSort.PRICE_ASC));
    }

    @Test
    void yearRangeIsInclusive() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        Car old = given().aCar(seller, brand, "A", 1990, "1000");
        Car mid = given().aCar(seller, brand, "B", 2005, "1000");
        Car recent = given().aCar(seller, brand, "C", 2020, "1000");

        assertEquals(List.of(old.id(), mid.id()), ids(built(brand, null, 2005), CarSort.YEAR_ASC));
        assertEquals(List.of(mid.id(), recent.id()), ids(built(brand, 2005, null), CarSort.YEAR_ASC));
        assertEquals(List.of(mid.id()), ids(built(brand, 2005, 2005), CarSort.YEAR_ASC));
    }

    @Test
    void filtersCombineAndTheTotalCountsOnlyMatches() {
        User seller = given().aSeller();
        String brand = unique("Brand");
        for (int year = 2000; year < 2010; year++) {
            given().aCar(seller, brand, "M", year, Integer.toString(1000 * (year - 1999)));
        }
        CarFilter filter = new CarFilter(Set.of(CarStatus.AVAILABLE), Optional.of(seller.id()), Optional.of(brand),
                Optional.of("M"), Optional.of(new BigDecimal("2000")), Optional.of(new BigDecimal("9000")),
                Optional.of(2003), Optional.of(2009));

        Page<Car> page = db().repositories().cars().list(filter, CarSort.YEAR_DESC, new PageRequest(2, 0));
        assertEquals(6, page.total());
        assertEquals(List.of(2008, 2007), page.items().stream().map(Car::year).toList());
        assertTrue(page.items().stream().allMatch(car -> car.status() == CarStatus.AVAILABLE));
    }
}
