package dev.carlot.feature;

import io.helidon.config.Config;

/**
 * The accounts feature's own password hashing, offered as a service so that the runtime's
 * demo seed stores passwords exactly as registration does without depending on the accounts
 * module. Found by {@link java.util.ServiceLoader}; the accounts module provides it.
 */
public interface PasswordHashing {

    /**
     * A hash of {@code password} as the accounts feature stores one, at the cost configured in
     * its section of {@code root}.
     *
     * @throws IllegalArgumentException naming the key, when that section holds a bad value, or
     *                                  when the password is one sign-in could never accept
     */
    String hash(Config root, String password);

    /** Whether {@code password} matches the stored {@code hash}; a hash of another kind never does. */
    boolean matches(String password, String hash);
}
