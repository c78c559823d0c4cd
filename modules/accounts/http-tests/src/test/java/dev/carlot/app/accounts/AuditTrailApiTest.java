package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.AuditLines;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The accounts feature's security events reach the audit log, with ids and address, never a secret. */
class AuditTrailApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static final String NEW_PASSWORD = "an audited passphrase";
    private AuditLines audit;

    @BeforeEach
    void listen() {
        audit = AuditLines.capture();
    }

    @AfterEach
    void stopListening() {
        audit.close();
        for (String line : audit.lines()) {
            for (String secret : List.of(Accounts.PASSWORD, NEW_PASSWORD, "wrong guess here", "$2a$")) {
                assertFalse(line.contains(secret), line);
            }
        }
    }

    private List<String> linesStarting(String event) {
        return audit.of(event);
    }

    @Test
    void failedAndThrottledSignInsAreRecordedWithTheAccountAndAddress() {
        Account account = Accounts.aUser(http.raw());
        for (int i = 0; i < 6; i++) {
            Loopback.login(http.raw(), "127.0.7.1", account.email(), "wrong guess here");
        }

        assertEquals(List.of("login.failed actor=- target=" + account.id() + " client=127.0.7.1"),
                linesStarting("login.failed").stream().distinct().toList());
        assertEquals(5, linesStarting("login.failed").size());
        assertEquals(List.of("login.throttled actor=- target=- client=127.0.7.1 limit=account-client"),
                linesStarting("login.throttled"));
    }

    @Test
    void passwordRoleAndDeletionChangesAreRecordedWithActorAndTarget() {
        Account account = Accounts.aUser(http.raw());
        Account admin = http.admin();
        http.patch("/api/users/" + account.id(), Json.createObjectBuilder().add("password", NEW_PASSWORD)
                .add("currentPassword", Accounts.PASSWORD).build(), account.token());
        http.patch("/api/users/" + account.id(), Json.createObjectBuilder().add("role", "seller").build(), admin.token());
        assertEquals(204, http.delete("/api/users/" + account.id(), admin.token()).status());

        String ids = "actor=%d target=%d client=127.0.0.1";
        assertEquals(List.of("password.changed " + ids.formatted(account.id(), account.id()) + " by=self"),
                linesStarting("password.changed"));
        assertEquals(List.of("role.changed " + ids.formatted(admin.id(), account.id()) + " role=seller"),
                linesStarting("role.changed"));
        assertEquals(List.of("account.deleted " + ids.formatted(admin.id(), account.id())), linesStarting("account.deleted"));
    }

    @Test
    void registrationsAreRecorded() {
        Account account = Accounts.aSeller(http.raw());
        assertTrue(audit.lines().stream().anyMatch(l -> l.startsWith("account.registered actor=- target=" + account.id() + " ")
                && l.endsWith(" role=seller")), audit.lines()::toString);
    }
}
