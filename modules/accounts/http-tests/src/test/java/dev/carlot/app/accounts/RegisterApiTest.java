package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/auth/register; the registration limit is raised here (RegistrationLimitApiTest tests it). */
class RegisterApiTest {
    static final Set<String> USER_FIELDS = Set.of("id", "email", "name", "role", "createdAt", "updatedAt");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer("--carlot.accounts.register-limit.client-attempts=1000");

    private static JsonObjectBuilder body(String email) {
        return Json.createObjectBuilder().add("email", email).add("name", "Jane Doe").add("password", "s3cret-passphrase");
    }

    static List<String> badFields(Http.Answer answer) {
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        return answer.object().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    void registeringAnswersTheUserAWorkingTokenAndItsExpiry() {
        Instant before = Instant.now();
        Http.Answer answer = http.post("/api/auth/register", body("Jane.Doe@Example.COM").build());

        assertEquals(201, answer.status(), answer.text());
        JsonObject login = answer.object();
        assertEquals(Set.of("user", "token", "expiresAt"), login.keySet());
        JsonObject user = login.getJsonObject("user");
        assertEquals(USER_FIELDS, user.keySet());
        assertEquals("jane.doe@example.com", user.getString("email"));
        assertEquals("Jane Doe", user.getString("name"));
        assertEquals("user", user.getString("role"));
        Instant expiresAt = Instant.parse(login.getString("expiresAt"));
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofDays(7)).minusSeconds(1))
                && expiresAt.isBefore(Instant.now().plus(Duration.ofDays(7)).plusSeconds(1)), expiresAt::toString);
        assertTrue(login.getString("token").length() >= 43, "256 random bits");

        Http.Answer me = http.get("/api/users/me", login.getString("token"));
        assertEquals(200, me.status(), me.text());
        assertEquals(user, me.object());
    }

    @Test
    void aSellerRegistersAsSeller() {
        Http.Answer answer = http.post("/api/auth/register", body("seller@example.com").add("role", "seller").build());
        assertEquals(201, answer.status(), answer.text());
        assertEquals("seller", answer.object().getJsonObject("user").getString("role"));
    }

    @Test
    void nobodyRegistersAsAdmin() {
        Http.Answer answer = http.post("/api/auth/register", body("boss@example.com").add("role", "admin").build());
        assertEquals(List.of("role"), badFields(answer));
        assertEquals(401, http.post("/api/auth/login",
                Accounts.credentials("boss@example.com", "s3cret-passphrase")).status(), "no account was made");
    }

    @Test
    void anEmptyBodyListsEveryRequiredField() {
        assertEquals(List.of("email", "name", "password"),
                badFields(http.post("/api/auth/register", JsonValue.EMPTY_JSON_OBJECT)));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("email", Json.createValue("not-an-email")),
                Arguments.of("email", Json.createValue("jane@example")),
                Arguments.of("email", Json.createValue("jane@@example.com")),
                Arguments.of("email", Json.createValue("")),
                Arguments.of("email", Json.createValue(12)),
                Arguments.of("name", Json.createValue("")),
                Arguments.of("name", Json.createValue("   ")),
                Arguments.of("name", Json.createValue("n".repeat(101))),
                Arguments.of("name", JsonValue.TRUE),
                Arguments.of("password", Json.createValue("7 chars")),
                Arguments.of("password", Json.createValue("p".repeat(129))),
                Arguments.of("password", Json.createValue(12345678)),
                Arguments.of("role", Json.createValue("root")),
                Arguments.of("role", Json.createValue("Seller")),
                Arguments.of("role", Json.createValue(1)),
                Arguments.of("nickname", Json.createValue("jd")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void eachInvalidFieldIsNamed(String field, JsonValue value) {
        JsonObject request = Json.createObjectBuilder(body("field" + SEQUENCE.incrementAndGet() + "@example.com").build())
                .add(field, value).build();
        assertEquals(List.of(field), badFields(http.post("/api/auth/register", request)));
    }

    @Test
    void anEmailLongerThan254CharactersIsRefused() {
        String email = "j@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        assertEquals(255, email.length());
        assertEquals(List.of("email"), badFields(http.post("/api/auth/register", body(email).build())));
    }

    @Test
    void theBoundaryLengthsAreAccepted() {
        JsonObject request = Json.createObjectBuilder().add("email", "bounds@example.com").add("name", "n".repeat(100))
                .add("password", "p".repeat(72)).build();
        assertEquals(201, http.post("/api/auth/register", request).status());
        JsonObject shortest = Json.createObjectBuilder().add("email", "short@example.com").add("name", "N")
                .add("password", "8 chars!").build();
        assertEquals(201, http.post("/api/auth/register", shortest).status());
    }

    private static Http.Answer registerWith(String password) {
        return http.post("/api/auth/register", body("pw" + SEQUENCE.incrementAndGet() + "@example.com")
                .add("password", password).build());
    }

    private static int loginStatus(String email, String password) {
        return http.post("/api/auth/login", Accounts.credentials(email, password)).status();
    }

    @Test
    void aPasswordOver72BytesIsRefusedSoThatNoTwoPasswordsAreOne() {
        String ascii = "correct horse battery staple, ".repeat(3).substring(0, 72);
        Http.Answer accepted = registerWith(ascii);
        assertEquals(201, accepted.status(), accepted.text());
        String email = accepted.object().getJsonObject("user").getString("email");

        assertEquals(List.of("password"), badFields(registerWith(ascii + "!")));
        assertEquals(401, loginStatus(email, ascii + "!"), "bcrypt would read only the first 72 bytes");
        assertEquals(200, loginStatus(email, ascii));
    }

    @Test
    void theByteLimitCountsUtf8BytesNotCharacters() {
        String euros = "\u20ac".repeat(24); // 3 bytes each: exactly 72
        Http.Answer accepted = registerWith(euros);
        assertEquals(201, accepted.status(), accepted.text());
        String email = accepted.object().getJsonObject("user").getString("email");

        Http.Answer refused = registerWith("\u20ac".repeat(25));
        assertEquals(List.of("password"), badFields(refused));
        assertTrue(refused.object().getJsonArray("errors").getJsonObject(0).getString("message").contains("72 bytes"),
                refused.text());
        assertEquals(401, loginStatus(email, euros + "\u20ac"));
        assertEquals(200, loginStatus(email, euros));
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        Http.Answer refused = registerWith("Password123");
        assertEquals(List.of("password"), badFields(refused));
        assertTrue(refused.text().contains("common"), refused.text());
        assertEquals(List.of("password"), badFields(registerWith("QWERTY123456")));
    }

    @Test
    void anEmailTakenInAnotherCaseIsAConflict() {
        assertEquals(201, http.post("/api/auth/register", body("Case@Example.com").build()).status());

        Http.Answer again = http.post("/api/auth/register", body("case@EXAMPLE.com").build());

        assertEquals(409, again.status(), again.text());
        assertTrue(again.contentType().startsWith("application/problem+json"), again.contentType());
        assertTrue(again.object().getString("detail").contains("already exists"), again.text());
    }

    @Test
    void aBodyThatIsNotJsonIsA400() {
        Http.Answer answer = http.send("POST", "/api/auth/register", "{\"email\": ");
        assertEquals(400, answer.status(), answer.text());
    }
}
