package dev.carlot.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestServer;
import dev.carlot.feature.Route;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes exactly what is served: every feature present, and the runtime. */
class OpenApiTest {
    private static TestServer server;
    private static JsonObject document;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        document = server.http().get("/openapi").object();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyServedRouteIsDescribedAndNothingElse() {
        Set<String> served = names(server.server().routes());
        Set<String> described = names(OpenApiDocument.operations(document));

        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(described);
        Set<String> unserved = new TreeSet<>(described);
        unserved.removeAll(served);
        assertEquals(Set.of(), undocumented, "served but not in the OpenAPI document");
        assertEquals(Set.of(), unserved, "in the OpenAPI document but not served");
        assertTrue(served.containsAll(Set.of("GET /observe/health", "GET /observe/metrics", "GET /openapi")));
    }

    @Test
    void theDocumentIsOpenApi31WithBearerSecurityAndTheSharedSchemas() {
        assertEquals("3.1.0", document.getString("openapi"));
        assertEquals("Carlot", document.getJsonObject("info").getString("title"));
        assertTrue(document.getJsonArray("servers").size() > 0);
        JsonObject components = document.getJsonObject("components");
        assertEquals("bearer", components.getJsonObject("securitySchemes").getJsonObject("bearer").getString("scheme"));
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"));
        assertTrue(components.getJsonObject("schemas").containsKey("Page"));
    }

    @Test
    void everyWriteOperationListsInsufficientStorageAndNoReadDoes() {
        List<String> missing = new java.util.ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (method.equals("parameters")) {
                return;
            }
            boolean write = Set.of("post", "put", "patch", "delete").contains(method);
            boolean listed = operation.asJsonObject().getJsonObject("responses").containsKey("507");
            if (write != listed) {
                missing.add(method + " " + path);
            }
        }));

        assertEquals(List.of(), missing);
        assertTrue(document.getJsonObject("components").getJsonObject("responses").containsKey("InsufficientStorage"));
    }

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        references(document, broken);
        assertEquals(List.of(), broken);
    }

    private static void references(JsonValue value, List<String> broken) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, child) -> {
                if (key.equals("$ref") && child instanceof JsonString ref && !resolves(ref.getString())) {
                    broken.add(ref.getString());
                }
                references(child, broken);
            });
            case ARRAY -> value.asJsonArray().forEach(child -> references(child, broken));
            default -> {
            }
        }
    }

    private static boolean resolves(String ref) {
        if (!ref.startsWith("#/")) {
            return false;
        }
        JsonValue at = document;
        for (String part : ref.substring(2).split("/")) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (at.getValueType() != JsonValue.ValueType.OBJECT || !at.asJsonObject().containsKey(key)) {
                return false;
            }
            at = at.asJsonObject().get(key);
        }
        return true;
    }

    private static Set<String> names(java.util.Collection<Route> routes) {
        Set<String> names = new TreeSet<>();
        routes.forEach(r -> names.add(r.method() + " " + r.path()));
        return names;
    }
}
