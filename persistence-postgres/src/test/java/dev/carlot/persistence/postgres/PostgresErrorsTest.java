package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.UnavailableException;
import dev.carlot.persistence.data.NewCar;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How server errors reach callers: the right kind, a sentence, and nothing of the statement or row. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresErrorsTest {

    private static final String HASH = "$2a$10$secretsecretsecretsecretsecretsecretsecretsecretsec";

    private TestDatabase database;
    private Persistence persistence;

    @BeforeAll
    void open() {
        database = TestDatabases.fresh();
        persistence = new PostgresProvider().open(database.settings());
        persistence.migrate();
    }

    @AfterAll
    void close() {
        persistence.close();
        database.close();
    }

    private static void assertSaysNothingOfTheStatementOrRow(Exception e) {
        String message = e.getMessage().toLowerCase();
        for (String leak : List.of("insert", "select", "update ", "returning", "failing row", HASH.toLowerCase())) {
            assertFalse(message.contains(leak), e.getMessage());
        }
    }

    @Test
    void aTakenUniqueValueIsAConflictOfTheKindItsConstraintNames() {
        persistence.repositories().users().create(new NewUser("taken@errors.test", "One", Role.USER, HASH));

        var conflict = assertThrows(ConflictException.class,
                () -> persistence.repositories().users().create(new NewUser("TAKEN@errors.test", "Two", Role.USER, HASH)));

        assertEquals(Conflict.DUPLICATE_EMAIL, conflict.conflict());
        assertEquals("an account with this email address already exists", conflict.getMessage());
        assertSaysNothingOfTheStatementOrRow(conflict);
    }

    @Test
    void aUniqueValueTheContractDoesNotNameIsAnOtherConflictInGeneralWords() {
        long user = persistence.repositories().users().create(new NewUser("twice@errors.test", "Tom", Role.USER, HASH)).id();
        persistence.repositories().sessions().create(user, "same-token-hash", Instant.now().plusSeconds(60));

        var conflict = assertThrows(ConflictException.class,
                () -> persistence.repositories().sessions().create(user, "same-token-hash", Instant.now().plusSeconds(60)));

        assertEquals(Conflict.OTHER, conflict.conflict());
        assertEquals("the change conflicts with the stored data", conflict.getMessage());
        assertSaysNothingOfTheStatementOrRow(conflict);
    }

    @Test
    void aBrokenCheckIsInvalidDataInCarlotsWords() {
        var invalid = assertThrows(InvalidDataException.class,
                () -> persistence.repositories().users().create(new NewUser("blank@errors.test", "", Role.USER, HASH)));

        assertEquals("a value is outside the range the data allows", invalid.getMessage());
        assertSaysNothingOfTheStatementOrRow(invalid);
    }

    @Test
    void aNulCharacterIsInvalidDataWithoutTheServersWords() {
        var invalid = assertThrows(InvalidDataException.class,
                () -> persistence.repositories().users().create(new NewUser("nul@errors.test", "a\u0000b", Role.USER, HASH)));

        assertEquals("a value cannot be stored as given", invalid.getMessage());
    }

    @Test
    void aRaiseOfCarlotsOwnTriggerKeepsItsSentence() {
        long seller = persistence.repositories().users().create(new NewUser("active@errors.test", "Sam", Role.SELLER, HASH)).id();
        persistence.repositories().cars().create(new NewCar(seller, "Volvo", "V70", 2008, BigDecimal.TEN, 0, Optional.empty(),
                Optional.empty(), List.of()));

        var conflict = assertThrows(ConflictException.class, () -> persistence.repositories().users().delete(seller));

        assertEquals(Conflict.USER_HAS_ACTIVE_CARS, conflict.conflict());
        assertEquals("the user still has available or reserved cars; archive or sell them first", conflict.getMessage());
    }

    @Test
    void aMissingRequiredValueIsInvalidData() {
        var invalid = assertThrows(InvalidDataException.class,
                () -> persistence.repositories().users().create(new NewUser("null@errors.test", null, Role.USER, HASH)));

        assertSaysNothingOfTheStatementOrRow(invalid);
    }

    @Test
    void aNumberTooLargeForItsColumnIsInvalidData() {
        long seller = persistence.repositories().users().create(new NewUser("big@errors.test", "Big", Role.SELLER, HASH)).id();

        var invalid = assertThrows(InvalidDataException.class, () -> persistence.repositories().cars().create(new NewCar(seller,
                "Bugatti", "Chiron", 2020, new BigDecimal("1e12"), 0, Optional.empty(), Optional.empty(), List.of())));

        assertEquals("a number is outside the range the data allows", invalid.getMessage());
    }

    @Test
    void aStatementCancelledByItsTimeoutIsUnavailable() {
        database.run("alter database " + database.name() + " set statement_timeout = '100ms'");
        try (Persistence slow = new PostgresProvider().open(database.settings())) {
            var unavailable = assertThrows(UnavailableException.class,
                    () -> ((PostgresPersistence) slow).sql().one("select pg_sleep(5)", row -> 1));

            assertTrue(unavailable.getMessage().startsWith("the database did not answer in time"));
        } finally {
            database.run("alter database " + database.name() + " reset statement_timeout");
        }
    }

    @Test
    void aDatabaseWithoutTheSchemaAsksForMigrate() {
        try (TestDatabase empty = TestDatabases.fresh();
             Persistence unmigrated = new PostgresProvider().open(empty.settings())) {
            var unavailable = assertThrows(UnavailableException.class, () -> unmigrated.repositories().users().find(1));

            assertEquals("the database schema is not up to date; run 'carlot migrate'", unavailable.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "08006, UnavailableException",
        "08001, UnavailableException",
        "53100, UnavailableException",
        "53300, UnavailableException",
        "57P01, UnavailableException",
        "57014, UnavailableException",
        "40001, ConflictException",
        "40P01, ConflictException",
        "23P01, ConflictException",
        "23001, ConflictException",
        "22001, InvalidDataException",
        "23514, InvalidDataException",
        "23502, InvalidDataException",
    })
    void eachClassOfSqlStateHasItsKind(String state, String kind) {
        RuntimeException translated = PostgresErrors.translate(new SQLException("from the driver", state), false);

        assertEquals(kind, translated.getClass().getSimpleName());
    }

    @Test
    void aFullDiskIsUnavailableAndSaysSo() {
        var full = PostgresErrors.translate(new SQLException("could not extend file", "53100"), false);

        var unavailable = assertInstanceOf(UnavailableException.class, full);
        assertTrue(unavailable.diskFull());
        assertTrue(unavailable.getMessage().startsWith("the database's disk is full"), unavailable.getMessage());
    }

    @Test
    void aLostConnectionIsUnavailableButNotADiskFull() {
        var lost = PostgresErrors.translate(new SQLException("connection lost", "08006"), false);

        assertFalse(assertInstanceOf(UnavailableException.class, lost).diskFull());
    }

    @Test
    void aPoolTimeoutIsUnavailable() {
        var timeout = new SQLTransientConnectionException("carlot-postgres - Connection is not available");

        assertInstanceOf(UnavailableException.class, PostgresErrors.translate(timeout, false));
    }

    @ParameterizedTest
    @CsvSource({"26000", "42P05"})
    void aPreparedStatementLostBetweenPooledConnectionsNamesTheSettingThatAvoidsIt(String state) {
        var lost = PostgresErrors.translate(new SQLException("prepared statement \"S_1\" does not exist", state), false);

        assertTrue(assertInstanceOf(IllegalStateException.class, lost).getMessage().contains("add prepareThreshold=0"),
                lost.getMessage());
    }
}
