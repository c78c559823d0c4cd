package dev.carlot.bench.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A copy of app's JsonText as it was before "One JSON writer" (commit f51ab58), the hand-written candidate.
 *
 * A JSON-P value as compact UTF-8 JSON text (RFC 8259), in one pass over the value into one
 * byte buffer. It writes what Parsson's writer writes, at a fraction of the cost: the answer is
 * encoded as it is built, not built as text and then encoded, and sent with its length.
 */
final class HandWritten {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Room for a car, the most common answer, without growing. */
    private static final int FIRST_CAPACITY = 1024;

    private byte[] buffer = new byte[FIRST_CAPACITY];
    private int length;

    private HandWritten() {
    }

    static byte[] bytes(JsonValue value) {
        HandWritten out = new HandWritten();
        out.write(value);
        return Arrays.copyOf(out.buffer, out.length);
    }

    private void write(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> writeObject(value.asJsonObject());
            case ARRAY -> writeArray(value.asJsonArray());
            case STRING -> writeString(((JsonString) value).getString());
            // numbers, true, false and null print as themselves, in ASCII
            default -> ascii(value.toString());
        }
    }

    private void writeObject(JsonObject object) {
        put('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (!first) {
                put(',');
            }
            first = false;
            writeString(member.getKey());
            put(':');
            write(member.getValue());
        }
        put('}');
    }

    private void writeArray(JsonArray array) {
        put('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                put(',');
            }
            write(array.get(i));
        }
        put(']');
    }

    private void writeString(String text) {
        room(text.length() + 2);
        put('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                put(c);
            } else if (c < 0x80) {
                escape(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                utf8(Character.toCodePoint(c, text.charAt(++i)));
            } else {
                // a lone surrogate has no UTF-8 form; String.getBytes writes '?' for it too
                utf8(Character.isSurrogate(c) ? '?' : c);
            }
        }
        put('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> ascii("\\\"");
            case '\\' -> ascii("\\\\");
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            case '\b' -> ascii("\\b");
            case '\f' -> ascii("\\f");
            default -> {
                ascii("\\u00");
                put(HEX[c >> 4]);
                put(HEX[c & 0xf]);
            }
        }
    }

    private void utf8(int codePoint) {
        room(4);
        if (codePoint < 0x80) {
            put(codePoint);
        } else if (codePoint < 0x800) {
            put(0xc0 | codePoint >> 6);
            put(0x80 | codePoint & 0x3f);
        } else if (codePoint < 0x10000) {
            put(0xe0 | codePoint >> 12);
            put(0x80 | codePoint >> 6 & 0x3f);
            put(0x80 | codePoint & 0x3f);
        } else {
            put(0xf0 | codePoint >> 18);
            put(0x80 | codePoint >> 12 & 0x3f);
            put(0x80 | codePoint >> 6 & 0x3f);
            put(0x80 | codePoint & 0x3f);
        }
    }

    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void put(int b) {
        room(1);
        buffer[length++] = (byte) b;
    }

    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
        }
    }
}
