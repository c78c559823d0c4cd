package dev.carlot.persistence.contract;

import static dev.carlot.persistence.contract.Fixtures.BCRYPT_HASH;
import static dev.carlot.persistence.contract.Fixtures.anEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.data.UserPatch;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Users}. */
public abstract class UsersContract extends ContractGroup {

    @Test
    void createdUserIsReturnedAsStoredWithIdAndTimestamps() {
        String email = anEmail();
        User user = db().repositories().users().create(new NewUser(email, "Ada Lovelace", Role.SELLER, BCRYPT_HASH));

        assertTrue(user.id() > 0);
        assertEquals(email, user.email());
        assertEquals("Ada Lovelace", user.name());
        assertEquals(Role.SELLER, user.role());
        assertEquals(user.createdAt(), user.updatedAt());
        assertEquals(Optional.of(user), db().repositories().users().find(user.id()));
    }

    @Test
    void emailIsStoredLowerCased() {
        String email = anEmail();
        User user = db().repositories().users().create(new NewUser(email.toUpperCase(), "Ada", Role.USER, BCRYPT_HASH));

        assertEquals(email, user.email());
    }

    @Test
    void aTakenEmailIsAConflictWhateverItsCase() {
        String email = anEmail();
        db().repositories().users().create(new NewUser(email, "First", Role.USER, BCRYPT_HASH));

        var conflict = assertThrows(ConflictException.class,
                () -> db().repositories().users().create(new NewUser(email.toUpperCase(), "Second", Role.USER, BCRYPT_HASH)));
        assertEquals(Conflict.DUPLICATE_EMAIL, conflict.conflict());
    }

    @Test
    void anEmptyNameIsInvalidData() {
        assertThrows(InvalidDataException.class,
                () -> db().repositories().users().create(new NewUser(anEmail(), "", Role.USER, BCRYPT_HASH)));
    }

    @Test
    void findByEmailIgnoresCase() {
        User user = given().aUser();

        assertEquals(Optional.of(user), db().repositories().users().findByEmail(user.email().toUpperCase()));
        assertEquals(Optional.empty(), db().repositories().users().findByEmail(anEmail()));
    }

    @Test
    void credentialsCarryThePasswordHash() {
        User user = given().aUser();

        var credentials = db().repositories().users().credentials(user.email().toUpperCase()).orElseThrow();
        assertEquals(user, credentials.user());
        assertEquals(BCRYPT_HASH, credentials.passwordHash());
        assertEquals(Optional.empty(), db().repositories().users().credentials(anEmail()));
    }

    @Test
    void findingAnUnknownIdIsEmpty() {
        assertEquals(Optional.empty(), db().repositories().users().find(Long.MAX_VALUE));
    }

    @Test
    void listIsOldestFirstWithTheExactTotal() {
        long before = db().repositories().users().list(PageRequest.first(0)).total();
        User first = given().aUser();
        User second = given().aUser();
        User third = given().aUser();

        Page<User> lastTwo = db().repositories().users().list(new PageRequest(2, before + 1));
        assertEquals(before + 3, lastTwo.total());
        assertEquals(List.of(second, third), lastTwo.items());
        assertEquals(first, db().repositories().users().list(new PageRequest(1, before)).items().getFirst());
    }

    @Test
    void updateChangesOnlyWhatThePatchHolds() {
        User user = given().aUser();

        User renamed = db().repositories().users().update(user.id(), new UserPatch(Optional.of("New Name"), Optional.empty(),
                Optional.empty()));
        assertEquals("New Name", renamed.name());
        assertEquals(user.role(), renamed.role());
        assertEquals(BCRYPT_HASH, db().repositories().users().credentials(user.email()).orElseThrow().passwordHash());
        assertTrue(renamed.updatedAt().isAfter(user.updatedAt()));

        User promoted = db().repositories().users().update(user.id(), new UserPatch(Optional.empty(), Optional.of("$2a$new"),
                Optional.of(Role.ADMIN)));
        assertEquals(Role.ADMIN, promoted.role());
        assertEquals("New Name", promoted.name());
        assertEquals("$2a$new", db().repositories().users().credentials(user.email()).orElseThrow().passwordHash());
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().users().update(Long.MAX_VALUE,
                new UserPatch(Optional.of("x"), Optional.empty(), Optional.empty())));
    }

    @Test
    void deletedUserIsGoneWithItsSessions() {
        User user = given().aUser();
        String token = Fixtures.unique("token");
        db().repositories().sessions().create(user.id(), token, Instant.now().plus(1, ChronoUnit.DAYS));

        db().repositories().users().delete(user.id());

        assertEquals(Optional.empty(), db().repositories().users().find(user.id()));
        assertEquals(Optional.empty(), db().repositories().sessions().findUser(token, Instant.now()));
    }

    @Test
    void deletingAnUnknownUserIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().users().delete(Long.MAX_VALUE));
    }

    @Test
    void aSellerWithAvailableOrReservedCarsCannotBeDeleted() {
        User withAvailable = given().aSeller();
        given().aCarIn(CarStatus.AVAILABLE, withAvailable);
        User withReserved = given().aSeller();
        given().aCarIn(CarStatus.RESERVED, withReserved);

        for (User seller : List.of(withAvailable, withReserved)) {
            var conflict = assertThrows(ConflictException.class, () -> db().repositories().users().delete(seller.id()));
            assertEquals(Conflict.USER_HAS_ACTIVE_CARS, conflict.conflict());
            assertTrue(db().repositories().users().find(seller.id()).isPresent());
        }
    }

    @Test
    void aSellerWhoseCarsAreAllArchivedCanBeDeletedAndTheCarsGoToo() {
        User seller = given().aSeller();
        var car = given().aCarIn(CarStatus.ARCHIVED, seller);

        db().repositories().users().delete(seller.id());

        assertFalse(db().repositories().cars().find(car.id()).isPresent());
    }

    @Test
    void aBuyerInTheSalesHistoryCannotBeDeleted() {
        var order = given().aPendingOrderFor(given().anAvailableCar());

        var conflict = assertThrows(ConflictException.class, () -> db().repositories().users().delete(order.buyerId()));
        assertEquals(Conflict.RECORD_STILL_REFERENCED, conflict.conflict());
        assertTrue(db().repositories().users().find(order.buyerId()).isPresent());
    }
}
