package dev.carlot.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.ServerPerClass;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bodies FuzzApiTest first found answered with a 500, each pinned to its 4xx. */
class MalformedBodyApiTest {
    @RegisterExtension
    static final ServerPerClass carlot = new ServerPerClass();

    private static int raw(String request) {
        List<Integer> statuses = RawExchange.send(carlot.server().server().port(), request.getBytes(StandardCharsets.ISO_8859_1))
                .statuses();
        assertEquals(1, statuses.size(), "one answer to " + request);
        return statuses.getFirst();
    }

    private static String login(String framing, String body) {
        return "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + framing + "\r\n" + body;
    }

    @Test
    void aBodyNestedDeeperThanThirtyTwoLevelsIs400WithASentence() {
        Http.Answer answer = carlot.server().http().send("POST", "/api/auth/register", Optional.of("[".repeat(5000) + "]".repeat(5000)));
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.object().getString("detail").contains("nested more than 32 levels"), answer.text());
    }

    @Test
    void aFieldNamedTwiceIs400RatherThanOneOfItsValues() {
        Http.Answer answer = carlot.server().http().send("POST", "/api/auth/login",
                Optional.of("{\"email\":\"a@b.co\",\"password\":\"x\",\"email\":\"admin@carlot.local\"}"));

        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.object().getString("detail").contains("names a field twice"), answer.text());
    }

    @Test
    void aThousandUnknownFieldsGetAnAnswerOfTwentyErrors() {
        StringBuilder body = new StringBuilder("{\"email\":\"a@b.co\",\"password\":\"whatever12\"");
        for (int i = 0; i < 1000; i++) {
            body.append(",\"").append("f".repeat(800)).append(i).append("\":1");
        }
        Http.Answer answer = carlot.server().http().send("POST", "/api/auth/register", Optional.of(body.append('}').toString()));

        assertEquals(400, answer.status(), answer.text().substring(0, 300));
        assertEquals(21, answer.object().getJsonArray("errors").size());
        assertTrue(answer.text().length() < 5_000, answer.text().length() + " characters");
    }

    @Test
    void nestingWithinTheLimitIsReadAsUsual() {
        String inner = "[".repeat(31) + "]".repeat(31);
        Http.Answer answer = carlot.server().http().send("POST", "/api/auth/login", Optional.of("{\"email\":" + inner + "}"));
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.text().contains("email"), answer.text());
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() {
        Http.Answer answer = carlot.server().http().send("POST", "/api/auth/login",
                Optional.of("{\"email\":\"" + "[{".repeat(100) + "\\\"\",\"password\":\"x\"}"));
        // read and parsed: the login itself fails
        assertEquals(401, answer.status(), answer.text());
    }

    @Test
    void aContentTypeHelidonCannotParseIs415() {
        for (String type : List.of("json", ";", "application/")) {
            assertEquals(415, raw(login("Content-Type: " + type + "\r\nContent-Length: 2\r\n", "{}")
                    .replace("Content-Type: application/json\r\n", "")), type);
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIs400() {
        assertEquals(400, raw(login("Content-Length: 100\r\n", "{\"email\":")));
    }

    @Test
    void brokenChunksAre400() {
        for (String chunks : List.of("zz\r\n{}\r\n0\r\n\r\n", "-2\r\n{}\r\n0\r\n\r\n", "ffffffffffffffff\r\n{}\r\n0\r\n\r\n",
                "2\r\n{}0\r\n\r\n", "2\r\n{}\r\n")) {
            assertEquals(400, raw(login("Transfer-Encoding: chunked\r\n", chunks)), chunks);
        }
    }
}
