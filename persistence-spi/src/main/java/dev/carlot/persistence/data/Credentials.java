package dev.carlot.persistence.data;

/**
 * What login checks a password against. Never leaves the server.
 *
 * @param disabled whether the account is disabled, which the right password does not overcome
 */
public record Credentials(User user, String passwordHash, boolean disabled) {
}
