package dev.carlot.feature;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads a feature's OpenAPI fragment, a JSON file kept beside the feature's classes. */
public final class OpenApiFragment {
    private OpenApiFragment() {
    }

    /**
     * Reads {@code resource} from {@code owner}'s package (a module may always read its own
     * resources, so no {@code opens} is needed).
     */
    public static JsonObject load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(owner.getName() + " has no resource " + resource);
            }
            try (var reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
