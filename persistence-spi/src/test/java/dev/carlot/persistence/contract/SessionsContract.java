package dev.carlot.persistence.contract;

import static dev.carlot.persistence.contract.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.data.Session;
import dev.carlot.persistence.data.SessionUser;
import dev.carlot.persistence.data.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Sessions}; time is passed in, so expiry needs no waiting. */
public abstract class SessionsContract extends ContractGroup {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant IN_A_WEEK = NOW.plus(7, ChronoUnit.DAYS);

    @Test
    void aSessionFindsItsUserUntilItExpires() {
        User user = given().aUser();
        String token = unique("token");
        Session session = db().repositories().sessions().create(user.id(), token, IN_A_WEEK);

        assertEquals(user.id(), session.userId());
        assertEquals(IN_A_WEEK, session.expiresAt());
        assertEquals(Optional.of(user), db().repositories().sessions().findUser(token, NOW));
        assertEquals(Optional.of(user), db().repositories().sessions().findUser(token, IN_A_WEEK.minusMillis(1)));
        assertEquals(Optional.empty(), db().repositories().sessions().findUser(token, IN_A_WEEK));
    }

    @Test
    void aSessionLookUpFindsTheSameUserAndOnlyUntilTheSessionExpires() {
        User user = given().aUser();
        String token = unique("token");
        db().repositories().sessions().create(user.id(), token, IN_A_WEEK);

        assertEquals(Optional.of(user), db().repositories().sessions().findSession(token, NOW).map(SessionUser::user));
        assertTrue(db().repositories().sessions().findSession(token, NOW).orElseThrow().lastWrite() >= 0);
        assertEquals(Optional.empty(), db().repositories().sessions().findSession(token, IN_A_WEEK));
        assertEquals(Optional.empty(), db().repositories().sessions().findSession(unique("token"), NOW));
    }

    @Test
    void anUnknownTokenFindsNoUser() {
        assertEquals(Optional.empty(), db().repositories().sessions().findUser(unique("token"), NOW));
    }

    @Test
    void aSessionForAnUnknownUserIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().sessions().create(Long.MAX_VALUE, unique("t"), IN_A_WEEK));
    }

    @Test
    void deleteEndsOneSessionAndSaysWhetherItExisted() {
        User user = given().aUser();
        String token = unique("token");
        String other = unique("token");
        db().repositories().sessions().create(user.id(), token, IN_A_WEEK);
        db().repositories().sessions().create(user.id(), other, IN_A_WEEK);

        assertTrue(db().repositories().sessions().delete(token));
        assertFalse(db().repositories().sessions().delete(token));
        assertEquals(Optional.empty(), db().repositories().sessions().findUser(token, NOW));
        assertEquals(Optional.of(user), db().repositories().sessions().findUser(other, NOW));
    }

    @Test
    void deleteOthersKeepsOnlyTheGivenSession() {
        User user = given().aUser();
        String kept = unique("token");
        db().repositories().sessions().create(user.id(), kept, IN_A_WEEK);
        db().repositories().sessions().create(user.id(), unique("token"), IN_A_WEEK);
        db().repositories().sessions().create(user.id(), unique("token"), IN_A_WEEK);
        User someoneElse = given().aUser();
        String theirs = unique("token");
        db().repositories().sessions().create(someoneElse.id(), theirs, IN_A_WEEK);

        assertEquals(2, db().repositories().sessions().deleteOthers(user.id(), kept));
        assertEquals(Optional.of(user), db().repositories().sessions().findUser(kept, NOW));
        assertEquals(Optional.of(someoneElse), db().repositories().sessions().findUser(theirs, NOW));
    }

    @Test
    void deleteAllEndsEverySessionOfOneUser() {
        User user = given().aUser();
        db().repositories().sessions().create(user.id(), unique("token"), IN_A_WEEK);
        db().repositories().sessions().create(user.id(), unique("token"), IN_A_WEEK);

        assertEquals(2, db().repositories().sessions().deleteAll(user.id()));
        assertEquals(0, db().repositories().sessions().deleteAll(user.id()));
    }

    @Test
    void deleteExpiredRemovesOnlySessionsExpiredByThen() {
        User user = given().aUser();
        Instant farFuture = NOW.plus(3650, ChronoUnit.DAYS);
        String expiring = unique("token");
        String lasting = unique("token");
        db().repositories().sessions().create(user.id(), expiring, farFuture);
        db().repositories().sessions().create(user.id(), lasting, farFuture.plusSeconds(60));

        assertTrue(db().repositories().sessions().deleteExpired(farFuture.plusSeconds(1)) >= 1);
        assertEquals(Optional.empty(), db().repositories().sessions().findUser(expiring, NOW));
        assertEquals(Optional.of(user), db().repositories().sessions().findUser(lasting, NOW));
    }
}
