package dev.carlot.persistence.data;

import java.util.Optional;

/** A partial change of an account; empty means unchanged. */
public record UserPatch(Optional<String> name, Optional<String> passwordHash, Optional<Role> role) {
}
