package dev.carlot.accounts;

import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.PasswordHashing;
import io.helidon.config.Config;

/** {@link PasswordHashing} for the runtime's demo seed: the cost and rules sign-up uses. */
public final class AccountPasswords implements PasswordHashing {

    @Override
    public String hash(Config root, String password) {
        if (!PasswordRules.bcryptReadsAll(password)) {
            throw new IllegalArgumentException("a password must be at most " + PasswordRules.MAX_BYTES
                    + " bytes in UTF-8, the most bcrypt reads; sign-in refuses a longer one");
        }
        AccountSettings settings = AccountSettings.from(FeatureContext.section(root, AccountsFeature.NAME));
        return Passwords.hash(settings.bcryptCost(), password);
    }

    @Override
    public boolean matches(String password, String hash) {
        try {
            return Passwords.bcryptMatches(password, hash);
        } catch (IllegalArgumentException e) {
            // not a bcrypt hash: it matches no password
            return false;
        }
    }
}
