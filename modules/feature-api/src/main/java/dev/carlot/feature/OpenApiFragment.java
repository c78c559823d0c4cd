package dev.carlot.feature;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Parses a feature's OpenAPI fragment, a JSON file kept beside the feature's classes. */
public final class OpenApiFragment {
    private OpenApiFragment() {
    }

    /**
     * Reads the fragment from a stream the feature opened itself, typically
     * {@code getClass().getResourceAsStream("openapi.json")}: a module may read its own
     * resources, but this module could not read them for it without an {@code opens}.
     */
    public static JsonObject read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("the feature's OpenAPI fragment is missing from its module");
        }
        try (in; var reader = Jsonp.reader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One fragment of several, for a feature that describes its routes in more than one file: their
     * {@code paths} and each section of their {@code components} side by side (a name in two is a mistake).
     */
    public static JsonObject merge(JsonObject... fragments) {
        var paths = Jsonp.objectBuilder();
        java.util.Map<String, jakarta.json.JsonObjectBuilder> sections = new java.util.LinkedHashMap<>();
        for (JsonObject fragment : fragments) {
            fragment.getJsonObject("paths").forEach(paths::add);
            JsonObject components = fragment.getJsonObject("components");
            if (components != null) {
                components.forEach((section, entries) -> entries.asJsonObject().forEach((name, value) ->
                        sections.computeIfAbsent(section, k -> Jsonp.objectBuilder()).add(name, value)));
            }
        }
        var components = Jsonp.objectBuilder();
        sections.forEach(components::add);
        return Jsonp.objectBuilder().add("paths", paths).add("components", components).build();
    }
}
