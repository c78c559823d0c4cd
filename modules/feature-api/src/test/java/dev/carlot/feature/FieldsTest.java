package dev.carlot.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void hostileJsonNumbersAreFieldErrorsNamingTheField() {
        for (String number : new String[] {"1e-999999999", "1e999999999", "1E-2147483647", "-1e-400",
            "9".repeat(1000), "0." + "0".repeat(1000) + "1", "-0.5", "1e10"}) {
            Fields fields = fields("{\"mileage\":" + number + ",\"price\":" + number + "}");

            assertEquals(Optional.empty(), fields.whole("mileage", 0, Integer.MAX_VALUE), number);
            assertEquals(Optional.empty(), fields.money("price"), number);
            assertEquals(List.of("mileage", "price"), invalidFields(fields), number);
        }
    }

    @Test
    void aWholeNumberMayBeWrittenWithAZeroFractionOrAnExponent() {
        Fields fields = fields("{\"a\":2019,\"b\":2019.0,\"c\":2.019e3}");

        assertEquals(Optional.of(2019L), fields.whole("a", 1886, 2100));
        assertEquals(Optional.of(2019L), fields.whole("b", 1886, 2100));
        assertEquals(Optional.of(2019L), fields.whole("c", 1886, 2100));
        fields.validate();
    }

    @Test
    void moneyIsKeptWithTwoDecimals() {
        assertEquals(new BigDecimal("18500.50"), fields("{\"price\":18500.5}").money("price").orElseThrow().amount());
        assertEquals(new BigDecimal("9000.00"), fields("{\"price\":9000}").money("price").orElseThrow().amount());
    }

    @Test
    void aNumberAsAStringIsNotANumber() {
        Fields fields = fields("{\"year\":\"2019\"}");

        assertEquals(Optional.empty(), fields.whole("year", 1886, 2100));
        assertEquals(List.of("year"), invalidFields(fields));
    }

    @Test
    void textWithNulOrAnUnpairedSurrogateIsRefused() {
        Fields fields = fields("{\"a\":\"x\\u0000y\",\"b\":\"\\ud800\",\"c\":[\"ok\",\"n\\u0000\"],\"d\":\"fine\"}");

        assertEquals(Optional.empty(), fields.text("a", 1, 80));
        assertEquals(Optional.empty(), fields.text("b", 1, 80));
        assertEquals(Optional.empty(), fields.texts("c", 5, 80));
        assertEquals(Optional.of("fine"), fields.text("d", 1, 80));
        assertEquals(List.of("a", "b", "c"), invalidFields(fields));
    }

    @Test
    void nullIsAbsentButCanBeAskedFor() {
        Fields fields = fields("{\"color\":null}");

        assertEquals(false, fields.has("color"));
        assertEquals(true, fields.isNull("color"));
        assertEquals(false, fields.isNull("brand"));
        assertEquals(Optional.empty(), fields.text("color", 1, 40));
    }

    @Test
    void aThousandUnknownFieldsAreAnsweredWithTwentyAndACount() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            json.append(i == 0 ? "" : ",").append("\"").append("k".repeat(500)).append(i).append("\":1");
        }
        Fields fields = fields(json.append("}").toString()).allowOnly(Set.of("brand"));

        Problem problem = assertThrows(ApiException.class, fields::validate).problem();

        assertEquals(Fields.MAX_ERRORS + 1, problem.errors().size());
        assertTrue(problem.errors().getLast().message().contains("980 more"), problem.errors().getLast().message());
        assertTrue(problem.detail().startsWith("1000 problems"), problem.detail());
        assertTrue(problem.errors().stream().allMatch(e -> e.field().length() <= Text.MAX_ECHO + 1));
    }

    @Test
    void aKeyTwiceInOneObjectIsNotJson() {
        assertThrows(RuntimeException.class, () -> fields("{\"price\":1,\"price\":100000}"));
    }

    private static Fields fields(String json) {
        try (var reader = Jsonp.reader(new StringReader(json))) {
            return new Fields((JsonObject) reader.readValue());
        }
    }

    private static List<String> invalidFields(Fields fields) {
        return assertThrows(ApiException.class, fields::validate).problem().errors().stream()
                .map(FieldError::field).toList();
    }
}
