package dev.carlot.accounts;

import dev.carlot.persistence.data.User;
import java.time.Instant;

/** A fresh session as the client sees it once: the token itself is never stored. */
record Login(User user, String token, Instant expiresAt) {
}
