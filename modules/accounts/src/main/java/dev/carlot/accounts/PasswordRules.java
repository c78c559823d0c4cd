package dev.carlot.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: 8 to 128 characters, well-formed Unicode of at most 72 bytes in
 * UTF-8, and not one of the most common passwords. bcrypt reads only the first 72 bytes, so a
 * longer password would be accepted together with every password sharing its first 72 bytes;
 * a lone surrogate becomes '?' in UTF-8, so two different such passwords would be one; and
 * bcrypt repeats the key with a NUL after it, so {@code p} and {@code p + "\0" + p} would be one too.
 */
final class PasswordRules {
    static final int MIN_CHARACTERS = 8;
    static final int MAX_CHARACTERS = 128;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordRules() {
    }

    /** Why {@code password} cannot be a new password, as a field message; empty when it can. */
    static Optional<String> problem(String password) {
        int characters = password.codePointCount(0, password.length());
        if (characters < MIN_CHARACTERS || characters > MAX_CHARACTERS) {
            return Optional.of("must be " + MIN_CHARACTERS + " to " + MAX_CHARACTERS + " characters");
        }
        Optional<Integer> bytes = utf8Length(password);
        if (bytes.isEmpty() || password.indexOf('\0') >= 0) {
            return Optional.of("must be valid Unicode text without NUL characters");
        }
        if (!bcryptReadsAll(password)) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8: 72 plain letters, digits or"
                    + " punctuation, fewer with accented letters or emoji");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is one of the most common passwords, the first an attacker tries; choose another");
        }
        return Optional.empty();
    }

    /**
     * Whether bcrypt sees all of {@code password}, so that no other password can match its hash: in
     * the NFC form it is hashed in and, for hashes older than that, as typed (NFC is longer for a few
     * characters, shorter for most accented ones).
     */
    static boolean bcryptReadsAll(String password) {
        return readsAll(password) && readsAll(Passwords.nfc(password));
    }

    private static boolean readsAll(String password) {
        return password.indexOf('\0') < 0 && utf8Length(password).filter(bytes -> bytes <= MAX_BYTES).isPresent();
    }

    private static Optional<Integer> utf8Length(String password) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(password)).remaining());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordRules.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the list of common passwords (" + resource + ") is missing from the module");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
