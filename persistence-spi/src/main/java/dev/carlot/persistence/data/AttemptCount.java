package dev.carlot.persistence.data;

import java.time.Instant;

/**
 * A key's attempts within its current window, counting the one just added.
 *
 * @param attempts  how many, at least one
 * @param windowEnd when the window ends and the key starts again from nothing
 */
public record AttemptCount(int attempts, Instant windowEnd) {
}
