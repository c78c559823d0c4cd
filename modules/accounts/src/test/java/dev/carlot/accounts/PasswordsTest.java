package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mindrot.jbcrypt.BCrypt;

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

    /** "café" as one keyboard types it, é one code point (NFC), and as another does, e and a combining accent. */
    private static final String COMPOSED = "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e";
    private static final String DECOMPOSED = "cafe\u0301 cre\u0300me bru\u0302le\u0301e";

    @Test
    void aPasswordRegisteredComposedSignsInTypedEitherWay() {
        String hash = passwords.hash(COMPOSED);
        assertTrue(passwords.matches(COMPOSED, Optional.of(hash)));
        assertTrue(passwords.matches(DECOMPOSED, Optional.of(hash)));
    }

    @Test
    void aPasswordRegisteredDecomposedSignsInTypedEitherWay() {
        String hash = passwords.hash(DECOMPOSED);
        assertTrue(passwords.matches(DECOMPOSED, Optional.of(hash)));
        assertTrue(passwords.matches(COMPOSED, Optional.of(hash)));
    }

    @Test
    void aHashMadeBeforeNormalizingStillMatchesThePasswordAsItWasTyped() {
        String legacy = BCrypt.hashpw(DECOMPOSED, BCrypt.gensalt(4));
        assertTrue(passwords.matches(DECOMPOSED, Optional.of(legacy)));
        assertFalse(passwords.matches("cafe\u0301 cre\u0300me bru\u0302le\u0301", Optional.of(legacy)));
    }

    @Test
    void normalizingDoesNotMakeOtherAccentsMatch() {
        String hash = passwords.hash(COMPOSED);
        assertFalse(passwords.matches("cafe creme brulee", Optional.of(hash)));
        assertFalse(passwords.matches("caf\u00e8 cr\u00e8me br\u00fbl\u00e9e", Optional.of(hash)));
    }

    @Test
    void aPasswordThatGrowsPastBcryptsLimitInNfcIsRefusedAndMatchesNothing() {
        // U+0958 is 3 bytes in UTF-8, and in NFC two code points of 6: 72 bytes typed, 144 hashed
        String qa = "\u0958".repeat(24);
        assertTrue(PasswordRules.problem(qa).isPresent());
        assertFalse(passwords.matches(qa, Optional.of(Passwords.hash(4, qa))));
    }
}
