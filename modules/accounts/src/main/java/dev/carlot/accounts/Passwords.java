package dev.carlot.accounts;

import java.util.Optional;
import org.mindrot.jbcrypt.BCrypt;

/** Hashes and checks passwords with bcrypt at the configured cost. */
final class Passwords {
    private static final System.Logger LOG = System.getLogger(Passwords.class.getName());

    private final int cost;
    /*
     * Checked when the email is unknown, so that a failed login costs the same bcrypt work
     * whether or not the account exists and response times do not reveal registered emails.
     */
    private final String dummyHash;

    Passwords(int cost) {
        this.cost = cost;
        this.dummyHash = BCrypt.hashpw("no account has this password", BCrypt.gensalt(cost));
    }

    String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    /** True when {@code password} matches {@code hash}; an absent hash never matches but costs the same. */
    boolean matches(String password, Optional<String> hash) {
        try {
            boolean matches = BCrypt.checkpw(password, hash.orElse(dummyHash));
            return matches && hash.isPresent();
        } catch (IllegalArgumentException e) {
            // A row written around this feature (an import, a test fixture) is the operator's to
            // fix; the client gets the ordinary 401, not a 500.
            LOG.log(System.Logger.Level.WARNING, "A stored password hash is not a bcrypt hash; that account cannot sign in"
                    + " until an admin sets its password again.");
            return false;
        }
    }
}
