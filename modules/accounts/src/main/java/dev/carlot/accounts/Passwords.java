package dev.carlot.accounts;

import java.text.Normalizer;
import java.util.Optional;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Hashes and checks passwords with bcrypt at the configured cost, never more at once than the gate
 * allows. A password is hashed in Unicode NFC: "é" typed as one code point on one keyboard and as
 * "e" plus a combining accent on another is the same password, though not the same bytes.
 */
final class Passwords {
    private static final System.Logger LOG = System.getLogger(Passwords.class.getName());

    private final int cost;
    private final PasswordGate gate;
    /*
     * Checked when the email is unknown (or the password is one bcrypt cannot read whole), so
     * that a failed login costs the same bcrypt work whether or not the account exists and
     * response times do not reveal registered emails.
     */
    private final String dummyHash;

    Passwords(int cost, PasswordGate gate) {
        this.cost = cost;
        this.gate = gate;
        this.dummyHash = BCrypt.hashpw("no account has this password", BCrypt.gensalt(cost));
    }

    String hash(String password) {
        return gate.run(() -> hash(cost, password));
    }

    /** The one place a password becomes a bcrypt hash, also for the demo seed ({@link AccountPasswords}). */
    static String hash(int cost, String password) {
        return BCrypt.hashpw(nfc(password), BCrypt.gensalt(cost));
    }

    /**
     * Whether {@code password} matches a bcrypt {@code hash}, in its NFC form; throws for a hash
     * that is not bcrypt's. Hashes made before passwords were normalized hold the password as it
     * was typed, so when that form differs from NFC and NFC does not match, it is tried as typed:
     * such an account still signs in from the keyboard it registered on, and matches from any
     * keyboard once its password is set again. A password already in NFC costs one bcrypt check.
     */
    static boolean bcryptMatches(String password, String hash) {
        String nfc = nfc(password);
        return BCrypt.checkpw(nfc, hash) || !nfc.equals(password) && BCrypt.checkpw(password, hash);
    }

    static String nfc(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    /**
     * True when {@code password} matches {@code hash}; an absent hash never matches but costs the
     * same. A password longer than bcrypt reads never matches: it would match every password
     * sharing its first 72 bytes.
     */
    boolean matches(String password, Optional<String> hash) {
        boolean whole = PasswordRules.bcryptReadsAll(password);
        Optional<String> real = hash.filter(h -> whole);
        return gate.run(() -> check(whole ? password : "", real)) && real.isPresent();
    }

    private boolean check(String password, Optional<String> hash) {
        try {
            return bcryptMatches(password, hash.orElse(dummyHash));
        } catch (IllegalArgumentException e) {
            // A row written around this feature (an import, a test fixture) is the operator's to
            // fix; the client gets the ordinary 401, not a 500.
            LOG.log(System.Logger.Level.WARNING, "A stored password hash is not a bcrypt hash; that account cannot sign in"
                    + " until an admin sets its password again.");
            return false;
        }
    }
}
