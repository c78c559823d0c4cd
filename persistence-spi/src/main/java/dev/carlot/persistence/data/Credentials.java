package dev.carlot.persistence.data;

/** What login checks a password against. Never leaves the server. */
public record Credentials(User user, String passwordHash) {
}
