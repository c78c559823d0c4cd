package dev.carlot.feature;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as one JSON object, with the answers api.md fixes: 415 for another
 * content type, 413 above 1 MiB, 400 for anything that is not a well-formed JSON object.
 */
public final class JsonBody {
    public static final int MAX_BYTES = 1024 * 1024;

    private JsonBody() {
    }

    /** The body's fields, ready for validation. */
    public static Fields fields(ServerRequest request) {
        return new Fields(object(request));
    }

    public static JsonObject object(ServerRequest request) {
        requireJsonContentType(request);
        byte[] bytes = readLimited(request);
        String text = decodeUtf8(bytes);
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.badRequest("The request body must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw ApiException.badRequest("The request body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
            throw ApiException.badRequest("The request body is not valid JSON.");
        }
    }

    private static void requireJsonContentType(ServerRequest request) {
        var contentType = request.headers().contentType();
        boolean json = contentType.isPresent() && isJson(contentType.get().mediaType().text());
        if (!json) {
            throw new ApiException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as JSON with 'Content-Type: application/json'."));
        }
    }

    private static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static byte[] readLimited(ServerRequest request) {
        if (request.headers().contentLength().orElse(0) > MAX_BYTES) {
            throw tooLarge();
        }
        if (!request.content().hasEntity()) {
            throw ApiException.badRequest("The request needs a JSON body.");
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The request body is not valid UTF-8.");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(Problem.of(413, "payload-too-large", "Payload too large",
                "The request body is larger than 1 MiB."));
    }

}
