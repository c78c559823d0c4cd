package dev.carlot.persistence.data;

import java.time.Instant;
import java.util.Optional;

/** A rating of a car, 1 to 5, by a user who is not its seller. */
public record Review(long id, long carId, long userId, int rating, Optional<String> comment, Instant createdAt) {
}
