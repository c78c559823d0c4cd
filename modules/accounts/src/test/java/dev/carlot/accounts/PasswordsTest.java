package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    private final Passwords passwords = new Passwords(4, new PasswordGate(new HashingLimits(1, Duration.ofSeconds(5))));

    @Test
    void hashesAreBcryptAtTheConfiguredCost() {
        String hash = passwords.hash("correct horse");
        assertTrue(hash.startsWith("$2a$04$"), hash);
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    void equalPasswordsGetDifferentSalts() {
        assertNotEquals(passwords.hash("correct horse"), passwords.hash("correct horse"));
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String hash = passwords.hash("correct horse");
        assertTrue(passwords.matches("correct horse", Optional.of(hash)));
        assertFalse(passwords.matches("Correct horse", Optional.of(hash)));
    }

    @Test
    void anAbsentHashMatchesNothingEvenTheDummysOwnPassword() {
        assertFalse(passwords.matches("no account has this password", Optional.empty()));
        assertFalse(passwords.matches("anything at all", Optional.empty()));
    }

    @Test
    void aStoredHashThatIsNotBcryptMatchesNothing() {
        assertFalse(passwords.matches("correct horse", Optional.of("not-a-bcrypt-hash")));
    }

    @Test
    void aPasswordLongerThanBcryptReadsMatchesNothingNotEvenItsOwnFirst72Bytes() {
        String seventyTwo = "p".repeat(72);
        String hash = passwords.hash(seventyTwo);
        assertTrue(passwords.matches(seventyTwo, Optional.of(hash)));
        assertFalse(passwords.matches(seventyTwo + "and more", Optional.of(hash)));
    }

    @Test
    void aPasswordWithNulMatchesNothingThoughBcryptWouldTakeItForItsFirstPart() {
        String hash = passwords.hash("dromedary");
        assertTrue(passwords.matches("dromedary", Optional.of(hash)));
        assertFalse(passwords.matches("dromedary\0dromedary", Optional.of(hash)));
    }
}
