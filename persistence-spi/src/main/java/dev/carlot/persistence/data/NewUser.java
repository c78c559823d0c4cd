package dev.carlot.persistence.data;

/** What creating an account needs; {@code passwordHash} is already a bcrypt hash. */
public record NewUser(String email, String name, Role role, String passwordHash) {
}
