package dev.carlot.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The email rule: a plain {@code local@domain.tld} address (the dot-atom form of RFC 5322,
 * without quoted local parts or IP literals, which no one types into a sign-up form), at
 * most 254 characters, kept in lower case so that comparisons ignore case.
 */
final class Emails {
    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[a-z]{2,63}");

    private Emails() {
    }

    /** The form an email is stored and looked up in. */
    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized email is acceptable for a new account. */
    static boolean valid(String email) {
        int at = email.indexOf('@');
        return email.length() <= MAX_LENGTH && at > 0 && at <= MAX_LOCAL_LENGTH && ADDRESS.matcher(email).matches();
    }
}
