package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.util.Optional;

/** Customer inquiries about cars. */
public interface Inquiries {

    /** @throws dev.carlot.persistence.NotFoundException when the car or user does not exist */
    Inquiry create(long carId, long userId, String message);

    /** The inquiry with this id, or empty when there is none. */
    Optional<Inquiry> find(long id);

    /**
     * Newest first. {@code party}, when present, keeps inquiries asked by that user or about
     * that user's cars.
     */
    Page<Inquiry> list(Optional<InquiryStatus> status, Optional<Long> carId, Optional<Long> party,
                       PageRequest page);

    /** Stores the reply and marks the inquiry answered. */
    Inquiry reply(long id, String reply);

    /** Moves the inquiry to {@code status} and answers it as it is now. */
    Inquiry setStatus(long id, InquiryStatus status);
}
