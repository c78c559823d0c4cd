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
}
