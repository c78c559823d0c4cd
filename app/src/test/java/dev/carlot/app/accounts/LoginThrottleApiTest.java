package dev.carlot.app.accounts;

import static dev.carlot.app.accounts.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Login brute force over HTTP: the 429 with Retry-After per account and per client address.
 * Each test speaks from its own loopback addresses (all of 127/8 reaches the server on
 * 127.0.0.1), so one test's failures do not count against another's client. That the refusal
 * ends and doubles is LoginThrottleTest's, on a clock it moves by hand.
 */
class LoginThrottleApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static final String WRONG = "not the password";

    private static Http.Answer login(String from, String email, String password) {
        try {
            HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
            HttpRequest request = HttpRequest.newBuilder(http.raw().uri("/api/auth/login"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(credentials(email, password).toString())).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response.headers(), response.body());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void failTimes(int times, String from, String email) {
        for (int i = 0; i < times; i++) {
            assertEquals(401, login(from, email, WRONG).status());
        }
    }

    @Test
    void fiveWrongPasswordsRefuseTheAccountFromEveryAddressWithRetryAfter() {
        Account victim = Accounts.aUser(http.raw());
        failTimes(5, "127.0.0.2", victim.email());

        Http.Answer refused = login("127.0.0.3", victim.email(), victim.password());
        assertEquals(429, refused.status(), refused.text());
        assertEquals("30", refused.header("Retry-After").orElseThrow());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(429, refused.object().getInt("status"));
    }

    @Test
    void anotherAccountFromTheSameAddressStillSignsIn() {
        Account victim = Accounts.aUser(http.raw());
        Account bystander = Accounts.aUser(http.raw());
        failTimes(5, "127.0.0.4", victim.email());

        assertEquals(200, login("127.0.0.4", bystander.email(), bystander.password()).status());
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        Account forgetful = Accounts.aUser(http.raw());
        failTimes(4, "127.0.0.5", forgetful.email());
        assertEquals(200, login("127.0.0.5", forgetful.email(), forgetful.password()).status());
        failTimes(4, "127.0.0.5", forgetful.email());

        assertEquals(200, login("127.0.0.5", forgetful.email(), forgetful.password()).status());
    }

    @Test
    void oneAddressGuessingManyEmailsIsRefusedAfterTwentyFailures() {
        Account member = Accounts.aUser(http.raw());
        for (int i = 0; i < 20; i++) {
            assertEquals(401, login("127.0.0.6", "guess" + i + "@nowhere.test", WRONG).status());
        }

        Http.Answer refused = login("127.0.0.6", member.email(), member.password());
        assertEquals(429, refused.status(), refused.text());
        assertEquals("30", refused.header("Retry-After").orElseThrow());
        assertEquals(200, login("127.0.0.7", member.email(), member.password()).status());
    }
}
