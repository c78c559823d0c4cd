package dev.carlot.persistence.data;

import java.time.Instant;

/** A post on the marketplace's board. */
public record Post(long id, long authorId, String title, String content, Instant createdAt, Instant updatedAt) {
}
