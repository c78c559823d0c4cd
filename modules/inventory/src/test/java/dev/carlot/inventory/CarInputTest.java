package dev.carlot.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.FieldError;
import dev.carlot.feature.Fields;
import dev.carlot.persistence.data.CarPatch;
import dev.carlot.persistence.data.CarPatch.Clearable;
import dev.carlot.persistence.data.NewCar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CarInputTest {
    private static final int THIS_YEAR = 2026;

    @Test
    void aCompleteCarBecomesANewCarOfTheGivenSeller() {
        NewCar car = created(aCar().add("color", " red ").add("images", Json.createArrayBuilder()
                .add("https://img.example/1.jpg"))).toNewCar(7);

        assertEquals(new NewCar(7, "Volvo", "V60", 2019, new BigDecimal("18500.50"), 64000, Optional.of("red"),
                Optional.empty(), List.of("https://img.example/1.jpg")), car);
    }

    @Test
    void everyInvalidFieldIsListedInOneProblem() {
        JsonObject json = Json.createObjectBuilder()
                .add("brand", " ").add("model", "m".repeat(81)).add("year", 1885).add("price", 0)
                .add("mileage", -1).add("color", "c".repeat(41)).add("description", "d".repeat(5001))
                .add("images", "https://one.example").build();

        assertEquals(List.of("brand", "model", "year", "price", "mileage", "color", "description", "images"),
                invalidFields(() -> created(json)));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        assertEquals(List.of("brand", "model", "year", "price", "mileage"),
                invalidFields(() -> created(JsonObject.EMPTY_JSON_OBJECT)));
    }

    @Test
    void theYearMayBeNextYearButNotTheOneAfter() {
        created(aCar().add("year", THIS_YEAR + 1));
        assertEquals(List.of("year"), invalidFields(() -> created(aCar().add("year", THIS_YEAR + 2))));
        created(aCar().add("year", CarInput.FIRST_YEAR));
    }

    @Test
    void aPriceHasAtMostTwoDecimals() {
        created(aCar().add("price", new BigDecimal("0.01")));
        assertEquals(List.of("price"), invalidFields(() -> created(aCar().add("price", new BigDecimal("10.005")))));
        assertEquals(List.of("price"), invalidFields(() -> created(aCar().add("price", -5))));
    }

    @Test
    void mileageMustFitTheDatabaseColumn() {
        created(aCar().add("mileage", Integer.MAX_VALUE));
        assertEquals(List.of("mileage"), invalidFields(() -> created(aCar().add("mileage", Integer.MAX_VALUE + 1L))));
        assertEquals(List.of("mileage"), invalidFields(() -> created(aCar().add("mileage", 1.5))));
    }

    @Test
    void eachImageThatIsNotAWebAddressIsNamedByItsPosition() {
        var images = Json.createArrayBuilder().add("https://ok.example/a.png").add("ftp://files.example/b.png")
                .add("not a url").add("http:///no-host");

        assertEquals(List.of("images[1]", "images[2]", "images[3]"),
                invalidFields(() -> created(aCar().add("images", images))));
    }

    @Test
    void atMostTwentyImages() {
        var images = Json.createArrayBuilder();
        for (int i = 0; i <= CarInput.MAX_IMAGES; i++) {
            images.add("https://img.example/" + i + ".jpg");
        }
        assertEquals(List.of("images"), invalidFields(() -> created(aCar().add("images", images))));
    }

    @Test
    void anUnknownFieldIsRejectedRatherThanIgnored() {
        assertEquals(List.of("colour"), invalidFields(() -> created(aCar().add("colour", "red"))));
    }

    @Test
    void anEmptyChangeChangesNothing() {
        assertTrue(changed(JsonObject.EMPTY_JSON_OBJECT).changesNothing());
    }

    @Test
    void aChangeMayNotMoveTheCarToAnotherSeller() {
        JsonObject json = parse("{\"sellerId\": 3, \"price\": 9000}");

        assertEquals(List.of("sellerId"), invalidFields(() -> changed(json)));
    }

    @Test
    void aChangeCarriesOnlyTheGivenFields() {
        CarInput input = changed(parse("{\"price\": 9000, \"mileage\": 70000}"));

        assertEquals(Optional.of(new BigDecimal("9000.00")), input.toPatch().price());
        assertEquals(Optional.of(70000), input.toPatch().mileage());
        assertEquals(Optional.empty(), input.toPatch().brand());
    }

    @Test
    void nullClearsTheColorAndTheDescription() {
        CarInput input = changed(parse("{\"color\": null, \"description\": null}"));

        assertEquals(Set.of(Clearable.COLOR, Clearable.DESCRIPTION), input.toPatch().cleared());
        assertEquals(Optional.empty(), input.toPatch().color());
        assertFalse(input.changesNothing());
    }

    @Test
    void aChangeSetsOneOptionalFieldAndClearsTheOther() {
        CarPatch patch = changed(parse("{\"color\": \"red\", \"description\": null}")).toPatch();

        assertEquals(Optional.of("red"), patch.color());
        assertEquals(Set.of(Clearable.DESCRIPTION), patch.cleared());
    }

    @Test
    void aRequiredFieldCannotBeCleared() {
        assertEquals(List.of("brand", "price", "images"),
                invalidFields(() -> changed(parse("{\"brand\": null, \"price\": null, \"images\": null}"))));
    }

    @Test
    void aNewCarWithoutAColorMayNameItNull() {
        assertEquals(Optional.empty(), created(aCar().addNull("color")).toNewCar(7).color());
    }

    @Test
    void hostileNumbersAreFieldErrors() {
        JsonObject json = parse("{\"price\": 1e-999999999, \"mileage\": 1e999999999, \"year\": -1e-400}");

        assertEquals(List.of("year", "price", "mileage"), invalidFields(() -> changed(json)));
    }

    private static JsonObjectBuilder aCar() {
        return Json.createObjectBuilder().add("brand", "Volvo").add("model", "V60").add("year", 2019)
                .add("price", new BigDecimal("18500.50")).add("mileage", 64000);
    }

    private static CarInput created(JsonObjectBuilder json) {
        return created(json.build());
    }

    private static CarInput created(JsonObject json) {
        Fields fields = new Fields(json);
        CarInput input = CarInput.forCreate(fields, THIS_YEAR);
        fields.validate();
        return input;
    }

    private static CarInput changed(JsonObject json) {
        Fields fields = new Fields(json);
        CarInput input = CarInput.forPatch(fields, THIS_YEAR);
        fields.validate();
        return input;
    }

    private static List<String> invalidFields(Runnable reading) {
        ApiException e = assertThrows(ApiException.class, reading::run);
        assertEquals(400, e.problem().status());
        return e.problem().errors().stream().map(FieldError::field).toList();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
