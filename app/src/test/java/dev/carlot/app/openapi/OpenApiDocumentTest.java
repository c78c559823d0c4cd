package dev.carlot.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.feature.Route;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void operationsOfOnePathFromTwoFeaturesAreMerged() {
        JsonObject document = OpenApiDocument.runtime()
                .add("a", fragment("/api/things/{id}", "get", "read"))
                .add("b", fragment("/api/things/{id}", "delete", "remove"))
                .toJson();

        var operations = OpenApiDocument.operations(document);
        assertTrue(operations.contains(new Route("GET", "/api/things/{id}")));
        assertTrue(operations.contains(new Route("DELETE", "/api/things/{id}")));
    }

    @Test
    void anOperationDescribedTwiceDifferentlyStopsTheServer() {
        var document = OpenApiDocument.runtime().add("a", fragment("/api/things", "get", "list"));

        var failure = assertThrows(IllegalStateException.class, () -> document.add("b", fragment("/api/things", "get", "other")));
        assertTrue(failure.getMessage().contains("GET /api/things") && failure.getMessage().contains("a and b"),
                failure.getMessage());
    }

    @Test
    void aSchemaSharedIdenticallyByTwoFeaturesIsKeptOnce() {
        JsonObject schema = Json.createObjectBuilder().add("components", Json.createObjectBuilder()
                .add("schemas", Json.createObjectBuilder().add("Car", Json.createObjectBuilder().add("type", "object"))))
                .build();

        JsonObject document = OpenApiDocument.runtime().add("a", schema).add("b", schema).toJson();

        assertEquals("object", document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("Car").getString("type"));
    }

    private static JsonObject fragment(String path, String method, String operationId) {
        return Json.createObjectBuilder().add("paths", Json.createObjectBuilder().add(path, Json.createObjectBuilder()
                .add(method, Json.createObjectBuilder().add("operationId", operationId)
                        .add("responses", Json.createObjectBuilder())))).build();
    }
}
