package dev.carlot.feature;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as one JSON object, with the answers api.md fixes: 415 for another
 * content type, 413 above 1 MiB, 400 for anything that is not a well-formed JSON object.
 */
public final class JsonBody {
    public static final int MAX_BYTES = 1024 * 1024;
    /** Carlot's bodies nest two levels; this leaves room for any reasonable client. */
    public static final int MAX_DEPTH = 32;

    private JsonBody() {
    }

    /** The body's fields, ready for validation. */
    public static Fields fields(ServerRequest request) {
        return new Fields(object(request));
    }

    /** The request's body as a JSON object; a 400 problem when it is missing, too large or not a JSON object. */
    public static JsonObject object(ServerRequest request) {
        requireJsonContentType(request);
        byte[] bytes = readLimited(request);
        String text = decodeUtf8(bytes);
        requireShallow(text);
        JsonValue value;
        try (var reader = Jsonp.reader(new java.io.StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            String where = "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            // Parsson's words for Jsonp's refusal of a repeated key, which is valid JSON grammar
            if (String.valueOf(e.getMessage()).startsWith("Duplicate key")) {
                throw ApiException.badRequest("The request body names a field twice (" + where
                        + "); send each field once.");
            }
            throw ApiException.badRequest("The request body is not valid JSON (" + where + ").");
        } catch (RuntimeException e) {
            // JsonException, and the plain RuntimeException Parsson throws past its own depth limit
            throw ApiException.badRequest("The request body is not valid JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    private static void requireJsonContentType(ServerRequest request) {
        boolean json;
        try {
            var contentType = request.headers().contentType();
            json = contentType.isPresent() && isJson(contentType.get().mediaType().text());
        } catch (RuntimeException unparsable) {
            // Helidon parses the header on first use and throws on one such as "json" or ";"
            json = false;
        }
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
        byte[] bytes;
        try (InputStream in = request.content().inputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (CloseConnectionException gone) {
            // the socket failed or the server closed it (a body that stalled past its deadline):
            // no answer can reach the client, and Helidon ends such a connection quietly
            throw gone;
        } catch (IOException | RuntimeException e) {
            // Helidon throws unchecked exceptions for a body that ends before its Content-Length
            // or has broken chunks; either way the client sent less than a body
            throw ApiException.badRequest("The request body ended early or its chunked encoding is broken.");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    /** Refuses nesting deeper than any request needs before the parser, which recurses, sees it. */
    private static void requireShallow(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw ApiException.badRequest("The request body is nested more than " + MAX_DEPTH
                            + " levels deep.");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
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
