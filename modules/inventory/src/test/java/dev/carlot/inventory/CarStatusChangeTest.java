package dev.carlot.inventory;

import static dev.carlot.persistence.data.CarStatus.ARCHIVED;
import static dev.carlot.persistence.data.CarStatus.AVAILABLE;
import static dev.carlot.persistence.data.CarStatus.RESERVED;
import static dev.carlot.persistence.data.CarStatus.SOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Fields;
import dev.carlot.persistence.data.CarStatus;
import jakarta.json.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CarStatusChangeTest {

    @Test
    void anAvailableCarCanBeArchivedAndBack() {
        assertTrue(CarStatusChange.needed(AVAILABLE, ARCHIVED));
        assertTrue(CarStatusChange.needed(ARCHIVED, AVAILABLE));
    }

    @Test
    void askingForTheCurrentStatusNeedsNoWrite() {
        assertFalse(CarStatusChange.needed(AVAILABLE, AVAILABLE));
        assertFalse(CarStatusChange.needed(ARCHIVED, ARCHIVED));
    }

    @ParameterizedTest
    @EnumSource(value = CarStatus.class, names = {"AVAILABLE", "ARCHIVED"})
    void aReservedOrSoldCarCannotBeMovedByHand(CarStatus requested) {
        assertEquals(409, assertThrows(ApiException.class, () -> CarStatusChange.needed(RESERVED, requested))
                .problem().status());
        assertEquals(409, assertThrows(ApiException.class, () -> CarStatusChange.needed(SOLD, requested))
                .problem().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"available", "archived"})
    void availableAndArchivedMayBeAskedFor(String word) {
        Fields fields = new Fields(Json.createObjectBuilder().add("status", word).build());

        assertEquals(Optional.of(word), CarStatusChange.read(fields).map(CarStatus::wire));
        fields.validate();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reserved", "sold", "gone", "ARCHIVED", ""})
    void anyOtherStatusIsAFieldError(String word) {
        Fields fields = new Fields(Json.createObjectBuilder().add("status", word).build());

        assertEquals(Optional.empty(), CarStatusChange.read(fields));
        ApiException e = assertThrows(ApiException.class, fields::validate);
        assertEquals("status", e.problem().errors().getFirst().field());
    }

    @Test
    void noStatusMeansNoChange() {
        Fields fields = new Fields(Json.createObjectBuilder().build());

        assertEquals(Optional.empty(), CarStatusChange.read(fields));
        fields.validate();
    }
}
