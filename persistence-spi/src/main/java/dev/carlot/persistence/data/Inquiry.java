package dev.carlot.persistence.data;

import java.time.Instant;
import java.util.Optional;

/**
 * A question about a car. {@code sellerId} is the car's seller, carried along because it
 * decides who may read and answer the inquiry.
 */
public record Inquiry(long id, long carId, long userId, long sellerId, String message, Optional<String> reply,
                      InquiryStatus status, Instant createdAt, Instant updatedAt) {
}
