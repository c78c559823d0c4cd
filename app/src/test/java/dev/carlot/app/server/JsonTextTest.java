package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.feature.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The answer bytes are exactly the JSON Parsson would have written, and read back to the same value. */
class JsonTextTest {

    @Test
    void everyKindOfValueIsWrittenAsParssonWritesIt() {
        JsonObject value = Jsonp.objectBuilder()
                .add("id", 42L)
                .add("price", new BigDecimal("4780.80"))
                .add("negative", -7)
                .add("yes", true)
                .add("no", false)
                .add("nothing", JsonValue.NULL)
                .add("empty", "")
                .add("images", Jsonp.arrayBuilder().add("https://a/1.jpg").add(Jsonp.arrayBuilder()).addNull().add(1.5))
                .add("nested", Jsonp.objectBuilder().add("inner", Jsonp.objectBuilder()))
                .build();

        assertEquals(value.toString(), text(value));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndTheRestIsLeftAlone() {
        String tricky = "say \"hi\" \\ path/\n\r\t\b\f\u0000\u0001\u001f\u007f é 日本 😀 </script>";
        JsonObject value = Jsonp.objectBuilder().add("text \"key\"\n", tricky).build();

        String written = text(value);

        assertEquals(value.toString(), written);
        try (var reader = Jsonp.reader(new StringReader(written))) {
            assertEquals(tricky, reader.readObject().getString("text \"key\"\n"));
        }
    }

    @Test
    void theBytesAreParssonsTextInUtf8EvenForALoneSurrogateAndTextLongerThanTheFirstBuffer() {
        String lone = "broken \ud83d pair, reversed \ude00\ud83d and at the end \ud83d";
        JsonObject value = Jsonp.objectBuilder()
                .add("lone", lone)
                .add("long", "é日😀".repeat(1_000))
                .build();

        assertArrayEquals(value.toString().getBytes(StandardCharsets.UTF_8), JsonText.bytes(value));
    }

    private static String text(JsonValue value) {
        return new String(JsonText.bytes(value), StandardCharsets.UTF_8);
    }
}
