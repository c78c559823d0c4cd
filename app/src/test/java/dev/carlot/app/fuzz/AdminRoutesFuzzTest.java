package dev.carlot.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's routes the console drives, each sent every hostile path id and query value as an
 * admin, who passes every check but the input's: no answer may be a 5xx, and every refusal is
 * problem+json with a detail. {@link FuzzApiTest} reaches them too, at random and mostly not as an
 * admin; this walks all of them with all the values, as raw bytes, so that percent-encodings a
 * client library would refuse to send (%ff, %zz, an encoded surrogate) arrive as written.
 */
class AdminRoutesFuzzTest {
    /** Values as they stand in the request line: already percent-encoded, or badly on purpose. */
    private static final List<String> VALUES = List.of(
            "0", "-1", "+1", "1.5", "1e3", "0x10", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "9".repeat(400), "%ef%bc%91", "%d9%a3", "%20", "%2001", "1%09", "1%00",
            "%00", "a%00b", "%0d%0a", "%01%02%1b", "%7f", "%e2%80%ae", "%ef%bb%bf1",
            "%ff", "%fe%ff", "%c0%af", "%c0%80", "%ed%a0%80", "%f4%90%80%80", "%e6%97", "%", "%z", "%zz", "%%41",
            "%2e%2e", "..", "%2f", "%5c", "%27", "%27%20OR%20%271%27=%271", "1;DROP%20TABLE%20users;--",
            "%3Cscript%3Ealert(1)%3C/script%3E", "$%7Bjndi:ldap://x/y%7D", "%F0%9F%9A%97", "%e6%97%a5%e6%9c%ac",
            "login.failed", "login", "a".repeat(150), "x".repeat(2_000), "y".repeat(20_000), "MTIzfjQ1Ng");
    private static final Pattern DETAIL = Pattern.compile("\"detail\":\"[^\"]+\"");
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.postgresql", "SQLState", "SQLSTATE",
            "jdbc:", "$2a$", "Caused by", "invalid input syntax", "violates", "PSQL");

    private static TestServer server;
    private static Account admin;
    private static Account member;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        member = Accounts.aUser(server.http());
        admin = Accounts.anAdmin(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void hostilePathIdsGetNoServerErrorAndEveryRefusalIsAProblemWithADetail() {
        List<String> failures = new ArrayList<>();
        // the member's own id too, so that the routes' success paths run between the refusals
        for (String id : Stream.concat(Stream.of(Long.toString(member.id())), VALUES.stream()).toList()) {
            send("PUT", "/api/admin/users/" + id + "/disabled", failures);
            send("DELETE", "/api/admin/users/" + id + "/disabled", failures);
            send("DELETE", "/api/admin/users/" + id + "/sessions", failures);
            send("DELETE", "/api/admin/throttle/" + id, failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
    }

    @Test
    void hostileQueryValuesGetNoServerErrorAndEveryRefusalIsAProblemWithADetail() {
        List<String> failures = new ArrayList<>();
        List<String> targets = List.of("/api/admin/users?email=", "/api/admin/users?limit=", "/api/admin/users?offset=",
                "/api/admin/users?email=a&limit=1&offset=", "/api/admin/audit?event=", "/api/admin/audit?actor=",
                "/api/admin/audit?after=", "/api/admin/audit?limit=", "/api/admin/audit?event=login&actor=1&after=",
                "/api/admin/throttle?limit=", "/api/admin/overview?x=", "/api/admin/plugins?x=");
        for (String target : targets) {
            for (String value : VALUES) {
                send("GET", target + value, failures);
                send("GET", target + value + "&" + target.substring(target.indexOf('?') + 1) + "2", failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
    }

    private static void send(String method, String target, List<String> failures) {
        String request = method + " " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin.token()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        RawExchange.Answer answer = RawExchange.send(server.server().port(), request.getBytes(StandardCharsets.UTF_8));
        String shown = method + " " + (target.length() > 200 ? target.substring(0, 200) + "..." : target);
        if (answer.statuses().size() != 1) {
            failures.add(shown + ": " + answer.statuses().size() + " answers" + (answer.timedOut() ? " (timed out)" : ""));
            return;
        }
        int status = answer.statuses().getFirst();
        String text = answer.text();
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split).toLowerCase(Locale.ROOT);
        String body = split < 0 ? "" : text.substring(split + 4);
        if (status >= 500) {
            failures.add(shown + ": " + status + " " + body.substring(0, Math.min(300, body.length())));
        } else if (status == 401) {
            failures.add(shown + ": 401, the admin's session was ended by an earlier request of this test");
        } else if (status >= 400 && !(head.contains("content-type: application/problem+json")
                && DETAIL.matcher(body).find())) {
            failures.add(shown + ": " + status + " without a problem+json detail: " + body);
        }
        LEAKS.stream().filter(body::contains).findFirst()
                .ifPresent(leak -> failures.add(shown + ": '" + leak + "' in the answer " + body));
    }
}
