package dev.carlot.app.openapi;

import dev.carlot.feature.Jsonp;
import dev.carlot.feature.Route;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI 3.1 document: the runtime's part (info, security, Problem and Page, the
 * operations endpoints) merged with every feature's fragment. A path's operations and a
 * component may come from only one place; a clash stops the server instead of hiding one.
 */
public final class OpenApiDocument {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Operations that store something, and so can find the database full. */
    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");
    private static final JsonValue INSUFFICIENT_STORAGE =
            Jsonp.objectBuilder().add("$ref", "#/components/responses/InsufficientStorage").build();

    private final Map<String, Map<String, Owned>> paths = new LinkedHashMap<>();
    private final Map<String, Map<String, Owned>> components = new LinkedHashMap<>();
    private final JsonObject base;

    private record Owned(String owner, JsonValue value) {
    }

    private OpenApiDocument(JsonObject base) {
        this.base = base;
        add("runtime", base);
    }

    /** The runtime's own document, ready for the features' fragments. */
    public static OpenApiDocument runtime() {
        // read here rather than through OpenApiFragment: a module reads its own resources without opening them
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("runtime.json");
             JsonReader reader = Jsonp.reader(Objects.requireNonNull(in, "runtime.json is missing"))) {
            return new OpenApiDocument(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the fragment of {@code owner} ({@code paths} and {@code components}).
     *
     * @throws IllegalStateException when it describes an operation or component already described
     */
    public OpenApiDocument add(String owner, JsonObject fragment) {
        JsonObject fragmentPaths = fragment.getJsonObject("paths");
        if (fragmentPaths != null) {
            fragmentPaths.forEach((path, item) -> item.asJsonObject().forEach((key, value) ->
                    put(paths, path, key, new Owned(owner, value), "the operation " + key.toUpperCase(Locale.ROOT) + " " + path)));
        }
        JsonObject fragmentComponents = fragment.getJsonObject("components");
        if (fragmentComponents != null) {
            fragmentComponents.forEach((section, entries) -> entries.asJsonObject().forEach((name, value) ->
                    put(components, section, name, new Owned(owner, value), "the component " + section + "/" + name)));
        }
        return this;
    }

    private static void put(Map<String, Map<String, Owned>> into, String outer, String inner, Owned value, String what) {
        Owned before = into.computeIfAbsent(outer, k -> new LinkedHashMap<>()).putIfAbsent(inner, value);
        if (before != null && !before.value().equals(value.value())) {
            throw new IllegalStateException(what + " is described by both " + before.owner() + " and " + value.owner()
                    + ", differently; one of them must drop or rename it");
        }
    }

    /**
     * The merged document. Every write operation lists 507 (the one mapper answers it for any write
     * when the disk is full), so that no feature has to repeat it.
     */
    public JsonObject toJson() {
        JsonObjectBuilder document = Jsonp.objectBuilder(base);
        JsonObjectBuilder pathItems = Jsonp.objectBuilder();
        paths.forEach((path, operations) -> {
            JsonObjectBuilder item = Jsonp.objectBuilder();
            operations.forEach((key, owned) -> item.add(key, WRITES.contains(key) ? withDiskFull(owned.value()) : owned.value()));
            pathItems.add(path, item);
        });
        document.add("paths", pathItems);
        document.add("components", nested(components));
        return document.build();
    }

    private static JsonValue withDiskFull(JsonValue operation) {
        JsonObject responses = operation.asJsonObject().getJsonObject("responses");
        if (responses == null || responses.containsKey("507")) {
            return operation;
        }
        return Jsonp.objectBuilder(operation.asJsonObject())
                .add("responses", Jsonp.objectBuilder(responses).add("507", INSUFFICIENT_STORAGE)).build();
    }

    private static JsonObjectBuilder nested(Map<String, Map<String, Owned>> map) {
        JsonObjectBuilder outer = Jsonp.objectBuilder();
        map.forEach((key, entries) -> {
            JsonObjectBuilder inner = Jsonp.objectBuilder();
            entries.forEach((name, owned) -> inner.add(name, owned.value()));
            outer.add(key, inner);
        });
        return outer;
    }

    /** Every (method, path) the document describes, methods in upper case as {@link Route} has them. */
    public static Set<Route> operations(JsonObject document) {
        Set<Route> routes = new TreeSet<>(java.util.Comparator.comparing(Route::path).thenComparing(Route::method));
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(METHODS::contains)
                .forEach(method -> routes.add(new Route(method.toUpperCase(Locale.ROOT), path))));
        return routes;
    }
}
