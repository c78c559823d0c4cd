package dev.carlot.app.market;

import static dev.carlot.app.market.Market.aCarBody;
import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /api/cars over a fixed inventory of six cars, one per line below, listed in this order
 * (so newest first is the reverse):
 * <pre>
 *   v60    seller A  Volvo  V60      2015  10000.00  available
 *   xc90   seller A  Volvo  XC90     2020  30000.00  available
 *   bmw3   seller A  BMW    320d     2018  20000.00  archived
 *   x5     seller B  BMW    X5       2022  45000.00  reserved
 *   toyota seller B  Toyota Corolla  2010   5000.50  available
 *   a4     seller B  Audi   A4       2018  20000.00  sold
 * </pre>
 */
class CarListApiTest {
    @RegisterExtension
    static final Market market = Market.onAFreshServer();

    private static Account sellerA;
    private static long v60, xc90, bmw3, x5, toyota, a4;

    @BeforeAll
    static void inventory() {
        sellerA = market.aSeller();
        Account sellerB = market.aSeller();
        v60 = id(market.listed(sellerA, aCarBody("Volvo", "V60", 2015, "10000.00")));
        xc90 = id(market.listed(sellerA, aCarBody("Volvo", "XC90", 2020, "30000")));
        bmw3 = id(market.listed(sellerA, aCarBody("BMW", "320d", 2018, "20000")));
        x5 = id(market.listed(sellerB, aCarBody("BMW", "X5", 2022, "45000")));
        toyota = id(market.listed(sellerB, aCarBody("Toyota", "Corolla", 2010, "5000.50")));
        a4 = id(market.listed(sellerB, aCarBody("Audi", "A4", 2018, "20000")));
        market.archived(sellerA, bmw3);
        market.placedOrder(market.aUser(), x5);
        long sale = id(market.placedOrder(market.aUser(), a4));
        market.movedOrder(sellerB, sale, "confirmed");
        market.movedOrder(sellerB, sale, "completed");
    }

    @Test
    void withoutFiltersEveryStatusIsListedNewestFirst() {
        assertEquals(List.of(a4, toyota, x5, bmw3, xc90, v60), ids(""));
        assertEquals(List.of(a4, toyota, x5, bmw3, xc90, v60), ids("sort=createdAt"));
        assertEquals(6, page("").getInt("total"));
    }

    @Test
    void statusTakesOneWordOrAList() {
        assertEquals(List.of(toyota, xc90, v60), ids("status=available"));
        assertEquals(List.of(a4, x5), ids("status=reserved,sold"));
        assertEquals(List.of(toyota, bmw3, xc90, v60), ids("status=archived,available"));
    }

    @Test
    void anUnknownStatusIsRefused() {
        assertEquals("status", badParameter("status=available,parked"));
        assertEquals("status", badParameter("status=available,"));
        assertEquals("status", badParameter("status=AVAILABLE"));
    }

    @Test
    void sellerBrandAndModelNarrowTheList() {
        assertEquals(List.of(bmw3, xc90, v60), ids("sellerId=" + sellerA.id()));
        assertEquals(List.of(xc90, v60), ids("brand=volvo"));
        assertEquals(List.of(x5), ids("brand=BMW&model=X5"));
        assertEquals(List.of(), ids("sellerId=999999"));
    }

    @Test
    void priceRangesIncludeTheirBounds() {
        assertEquals(List.of(a4, bmw3, v60), ids("minPrice=10000&maxPrice=20000"));
        assertEquals(List.of(toyota), ids("maxPrice=5000.50"));
        assertEquals(List.of(x5), ids("minPrice=45000"));
        assertEquals(List.of(a4, bmw3), ids("minPrice=20000&maxPrice=20000"));
    }

    @Test
    void yearRangesIncludeTheirBounds() {
        assertEquals(List.of(a4, bmw3, xc90), ids("minYear=2018&maxYear=2020"));
        assertEquals(List.of(toyota), ids("maxYear=2010"));
        assertEquals(List.of(x5), ids("minYear=2022"));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(v60), ids("status=available&brand=Volvo&maxPrice=15000"));
        assertEquals(List.of(xc90, v60), ids("status=available&minYear=2015&sort=-price"));
    }

    @Test
    void malformedFiltersAreRefusedByName() {
        assertEquals("minPrice", badParameter("minPrice=cheap"));
        assertEquals("maxPrice", badParameter("maxPrice=1e"));
        assertEquals("minYear", badParameter("minYear=2018.5"));
        assertEquals("maxYear", badParameter("maxYear=twenty"));
        assertEquals("sellerId", badParameter("sellerId=abc"));
    }

    /** The security review's numbers (issue 11): each a 400 on its parameter, never a 500 or a wrong filter. */
    @Test
    void hostileNumbersAreRefusedByName() {
        assertEquals("minPrice", badParameter("minPrice=1e-10000000"));
        assertEquals("minPrice", badParameter("minPrice=1e-999999999"));
        assertEquals("maxPrice", badParameter("maxPrice=1e999999999"));
        assertEquals("maxPrice", badParameter("maxPrice=" + "9".repeat(150)));
        assertEquals("minPrice", badParameter("minPrice=15000.555"));
        assertEquals("minPrice", badParameter("minPrice=NaN"));
        assertEquals("maxPrice", badParameter("maxPrice=-Infinity"));
        assertEquals("sellerId", badParameter("sellerId=99999999999999999999"));
        assertEquals("sellerId", badParameter("sellerId=%2B5"));
        assertEquals("minYear", badParameter("minYear=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%98"));
        assertEquals("limit", badParameter("limit=1e1"));
        assertEquals(List.of(toyota, v60), ids("maxPrice=1e4&sort=price"));
    }

    @Test
    void aCursorWithAHostilePriceIsRefusedOnAfter() {
        for (String price : List.of("1e-10000000", "1e-999999999", "1e999999999")) {
            String forged = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("1~0~" + price + "~2019").getBytes(StandardCharsets.UTF_8));
            assertEquals("after", badParameter("sort=price&after=" + forged));
        }
        assertEquals("after", badParameter("after=" + "A".repeat(150)));
    }

    @Test
    void textFiltersAreBoundedAndFreeOfNul() {
        assertEquals("brand", badParameter("brand=Vol%00vo"));
        assertEquals("model", badParameter("model=" + "m".repeat(81)));
        assertEquals("status", badParameter("status=" + "available,".repeat(30)));
        assertEquals(List.of(), ids("brand=" + "b".repeat(80)));
    }

    @Test
    void aPathIdInAnythingButAsciiDigitsIsUnknown() {
        assertEquals(200, market.http().get("/api/cars/" + v60).status());
        for (String id : List.of("%2B" + v60, "%20" + v60, "0" + v60 + "0000000000000000000000", "99999999999999999999",
                "%EF%BC%91")) {
            Http.Answer answer = market.http().get("/api/cars/" + id);
            assertEquals(404, answer.status(), id + ": " + answer.text());
        }
    }

    @Test
    void anEmptyRangeIsRefusedAsSwappedBounds() {
        assertEquals("minPrice", badParameter("minPrice=20000&maxPrice=10000"));
        assertEquals("minYear", badParameter("minYear=2020&maxYear=2018"));
    }

    @Test
    void sortsByPriceAndYearBothWaysWithTiesById() {
        assertEquals(List.of(toyota, v60, bmw3, a4, xc90, x5), ids("sort=price"));
        assertEquals(List.of(x5, xc90, a4, bmw3, v60, toyota), ids("sort=-price"));
        assertEquals(List.of(toyota, v60, bmw3, a4, xc90, x5), ids("sort=year"));
        assertEquals(List.of(x5, xc90, a4, bmw3, v60, toyota), ids("sort=-year"));
    }

    @Test
    void anUnknownSortIsRefused() {
        assertEquals("sort", badParameter("sort=mileage"));
        assertEquals("sort", badParameter("sort=-createdAt"));
    }

    @Test
    void pagesSliceTheListAndKeepTheExactTotal() {
        JsonObject first = page("sort=price&limit=4");
        JsonObject second = page("sort=price&limit=4&offset=4");
        JsonObject beyond = page("sort=price&limit=4&offset=6");

        List<Long> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertEquals(List.of(toyota, v60, bmw3, a4, xc90, x5), both);
        assertEquals(List.of(6, 6, 6), List.of(first.getInt("total"), second.getInt("total"), beyond.getInt("total")));
        assertEquals(List.of(4, 4), List.of(first.getInt("limit"), second.getInt("offset")));
        assertEquals(List.of(), ids(beyond));
        assertEquals(20, page("").getInt("limit"));
        assertEquals(3, page("status=available&limit=1").getInt("total"));
    }

    @Test
    void nextContinuesAFullPageWithTheSameFiltersAndSortAndIsNullOnTheLast() {
        JsonObject first = page("sort=-price&limit=2");
        JsonObject second = page("sort=-price&limit=2&after=" + first.getString("next"));
        JsonObject third = page("sort=-price&limit=2&after=" + second.getString("next"));
        JsonObject last = page("sort=-price&limit=4&after=" + second.getString("next"));

        assertEquals(List.of(x5, xc90), ids(first));
        assertEquals(List.of(a4, bmw3), ids(second));
        assertEquals(List.of(v60, toyota), ids(third));
        assertEquals(List.of(6, 6, 0), List.of(second.getInt("total"), third.getInt("total"), third.getInt("offset")));
        assertEquals(List.of(v60, toyota), ids(last));
        assertTrue(last.isNull("next"), last.toString());
        String available = page("status=available&limit=1").getString("next");
        assertEquals(List.of(v60), ids("status=available&limit=5&offset=1&after=" + available));
    }

    @Test
    void anAfterThatIsNoCursorIsRefused() {
        assertEquals("after", badParameter("after=not-a-cursor"));
        assertEquals("after", badParameter("after=MTJ-YWJj"));
    }

    @Test
    void badPagingIsRefused() {
        assertEquals("limit", badParameter("limit=101"));
        assertEquals("limit", badParameter("limit=-1"));
        assertEquals("offset", badParameter("offset=-5"));
        assertEquals("offset", badParameter("offset=first"));
    }

    private static JsonObject page(String query) {
        return expect(200, market.http().get("/api/cars?" + query));
    }

    private static List<Long> ids(String query) {
        return ids(page(query));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(Market::id).toList();
    }

    /** The one parameter a 400 answer names. */
    private static String badParameter(String query) {
        Http.Answer answer = market.http().get("/api/cars?" + query);
        assertEquals(400, answer.status(), query + ": " + answer.text());
        return answer.object().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
