package dev.carlot.persistence.contract;

import static dev.carlot.persistence.contract.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.AttemptSubject;
import dev.carlot.persistence.data.AuditEntry;
import dev.carlot.persistence.data.AuditEvent;
import dev.carlot.persistence.data.AuditQuery;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.data.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the operator's console reads and changes: accounts with their state, disabling one, the
 * audit log, and the throttle's named counters.
 */
public abstract class ConsoleDataContract extends ContractGroup {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private UserAccount account(User user) {
        return db().repositories().users().account(user.id()).orElseThrow();
    }

    @Test
    void accountsAreFoundByAnyPartOfTheirEmailIgnoringCase() {
        User user = given().aUser();
        String part = user.email().substring(1).toUpperCase();

        var page = db().repositories().users().accounts(Optional.of(part), PageRequest.first(10));

        assertEquals(1, page.total());
        assertEquals(user, page.items().getFirst().user());
    }

    @Test
    void aDisabledAccountsSessionsNoLongerFindItsUserUntilItIsEnabled() {
        User user = given().aUser();
        db().repositories().sessions().create(user.id(), unique("token"), NOW.plus(Duration.ofDays(1)));
        String token = unique("token");
        db().repositories().sessions().create(user.id(), token, NOW.plus(Duration.ofDays(1)));

        assertTrue(db().repositories().users().setDisabled(user.id(), Optional.of(NOW)));
        assertFalse(db().repositories().users().setDisabled(user.id(), Optional.of(NOW.plusSeconds(5))), "already");

        assertEquals(Optional.of(NOW), account(user).disabledAt());
        assertEquals(2, account(user).sessions());
        assertEquals(Optional.empty(), db().repositories().sessions().findUser(token, NOW));
        assertEquals(Optional.empty(), db().repositories().sessions().findSession(token, NOW), "the request path's look-up");
        assertTrue(db().repositories().users().credentials(user.email()).orElseThrow().disabled());
        assertTrue(db().repositories().users().setDisabled(user.id(), Optional.empty()));
        assertEquals(Optional.of(user.id()), db().repositories().sessions().findUser(token, NOW).map(User::id));
        assertEquals(Optional.of(user.id()),
                db().repositories().sessions().findSession(token, NOW).map(found -> found.user().id()));
    }

    @Test
    void theAuditLogKeepsEveryFieldAndListsNewestFirstByEventAndActor() {
        String kind = unique("test").toLowerCase().replace('_', '-');
        AuditEntry first = new AuditEntry(kind + ".one", Optional.of(7L), Optional.of(9L), "127.0.0.1", List.of("a=b"));
        AuditEvent one = db().repositories().audit().add(first);
        AuditEvent two = db().repositories().audit().add(
                new AuditEntry(kind + ".two", Optional.empty(), Optional.empty(), "local", List.of()));
        db().repositories().audit().add(new AuditEntry(kind + "x", Optional.empty(), Optional.empty(), "local", List.of()));

        var query = new AuditQuery(Optional.of(kind), Optional.empty(), Optional.empty());
        assertEquals(List.of(two, one), db().repositories().audit().list(query, 10));
        assertEquals(first, one.entry());
        assertEquals(List.of(one), db().repositories().audit().list(
                new AuditQuery(Optional.of(kind), Optional.of(7L), Optional.empty()), 10));
        assertEquals(List.of(one), db().repositories().audit().list(
                new AuditQuery(Optional.of(kind), Optional.empty(), Optional.of(two.id())), 10));
    }

    @Test
    void onlyNamedCountersInTheirWindowAreListedAndClearingForgetsThem() {
        String named = unique("named");
        String anonymous = unique("anonymous");
        db().repositories().attempts().add(List.of(named, anonymous), NOW, Duration.ofMinutes(15));
        db().repositories().attempts().name(named, "address 192.0.2.1");

        List<AttemptSubject> listed = db().repositories().attempts().named(NOW).stream()
                .filter(s -> s.key().equals(named) || s.key().equals(anonymous)).toList();

        assertEquals(List.of(new AttemptSubject(named, "address 192.0.2.1", 1, NOW.plus(Duration.ofMinutes(15)))), listed);
        assertTrue(db().repositories().attempts().named(NOW.plus(Duration.ofMinutes(15))).stream()
                .noneMatch(s -> s.key().equals(named)), "a window that ended is not listed");
        assertTrue(db().repositories().attempts().clear(named));
        assertFalse(db().repositories().attempts().clear(named));
    }
}
