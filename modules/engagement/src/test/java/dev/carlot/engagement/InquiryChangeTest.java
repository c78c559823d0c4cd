package dev.carlot.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.FieldError;
import dev.carlot.feature.Fields;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class InquiryChangeTest {

    @Test
    void aReplyIsAnAnswer() {
        assertEquals(new InquiryChange.Reply("Yes, still available."), parse("{\"reply\": \" Yes, still available. \"}"));
    }

    @Test
    void statusClosedIsClosing() {
        assertEquals(new InquiryChange.Close(), parse("{\"status\": \"closed\"}"));
    }

    @Test
    void otherStatusesAreRejected() {
        for (String status : List.of("open", "answered", "Closed", "")) {
            assertEquals(List.of("status"), rejected("{\"status\": \"" + status + "\"}"), status);
        }
    }

    @Test
    void bothAtOnceAreRejected() {
        assertEquals(List.of("status"), rejected("{\"reply\": \"Yes\", \"status\": \"closed\"}"));
    }

    @Test
    void neitherIsRejected() {
        assertEquals(List.of("reply"), rejected("{}"));
    }

    @Test
    void aReplyMustHaveOneTo2000Characters() {
        assertEquals(List.of("reply"), rejected("{\"reply\": \"   \"}"));
        assertEquals(List.of("reply"), rejected("{\"reply\": \"" + "x".repeat(2001) + "\"}"));
        assertEquals(new InquiryChange.Reply("x".repeat(2000)), parse("{\"reply\": \"" + "x".repeat(2000) + "\"}"));
    }

    @Test
    void unknownFieldsAndWrongTypesAreListed() {
        assertEquals(List.of("message", "status"), rejected("{\"message\": \"hi\", \"status\": 3}"));
    }

    private static InquiryChange parse(String json) {
        return InquiryChange.from(new Fields(Json.createReader(new StringReader(json)).readObject()));
    }

    private static List<String> rejected(String json) {
        var e = assertThrows(ApiException.class, () -> parse(json));
        assertEquals(400, e.problem().status());
        return e.problem().errors().stream().map(FieldError::field).toList();
    }
}
