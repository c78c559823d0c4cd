package dev.carlot.persistence.data;

import java.time.Instant;

/**
 * A counter that refused an attempt and so was named for the operator (see {@link Attempts#name}).
 *
 * @param key       the counter's opaque key, which {@link Attempts#clear} takes
 * @param subject   who is slowed, in the caller's words (an address, an account)
 * @param attempts  the attempts counted in the current window
 * @param windowEnd when the window ends and the key starts again from nothing
 */
public record AttemptSubject(String key, String subject, int attempts, Instant windowEnd) {
}
