package dev.carlot.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void numbersKeepTheirOwnTextBeyondALongAndInExponentForm() {
        String json = "{\"big\":123456789012345678901234567890,\"exp\":1E+3,\"small\":-0.000001,\"max\":9223372036854775807}";
        JsonObject value = read(json);

        assertEquals(value.toString(), text(value));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndTheRestIsLeftAlone() {
        String tricky = "say \"hi\" \\ path/\n\r\t\b\f\u0000\u0001\u001f\u007f é 日本 😀 </script>";
        JsonObject value = Jsonp.objectBuilder().add("text \"key\"\n", tricky).build();

        String written = text(value);

        assertEquals(value.toString(), written);
        assertEquals(tricky, read(written).getString("text \"key\"\n"));
    }

    @Test
    void aLoneSurrogateIsEscapedSoThatItReadsBackAsItself() {
        String lone = "broken \ud83d pair, reversed \ude00\ud83d and at the end \ud83d";

        String written = text(Jsonp.objectBuilder().add("lone", lone).build());

        assertEquals("{\"lone\":\"broken \\ud83d pair, reversed \\ude00\\ud83d and at the end \\ud83d\"}", written);
        assertEquals(lone, read(written).getString("lone"));
    }

    @Test
    void textLongerThanTheFirstBufferIsParssonsTextInUtf8() {
        JsonObject value = Jsonp.objectBuilder().add("long", "é日😀".repeat(1_000)).build();

        assertArrayEquals(value.toString().getBytes(StandardCharsets.UTF_8), JsonText.bytes(value));
    }

    @Test
    void aProblemIsWrittenAsParssonWritesIt() {
        JsonObject problem = ApiException.invalid(List.of(new FieldError("price", "must be positive"),
                new FieldError("year", "must be \"1886\" or later"))).problem().toJson();

        assertEquals(problem.toString(), text(problem));
    }

    private static JsonObject read(String json) {
        try (var reader = Jsonp.reader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonValue value) {
        return new String(JsonText.bytes(value), StandardCharsets.UTF_8);
    }
}
