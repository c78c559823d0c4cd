package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.util.Optional;

/** Accounts. Emails are unique and compared case-insensitively. */
public interface Users {

    /**
     * @throws dev.carlot.persistence.ConflictException ({@link dev.carlot.persistence.Conflict#DUPLICATE_EMAIL})
     *         for a taken email
     */
    User create(NewUser user);

    /** The user with this id, or empty when there is none. */
    Optional<User> find(long id);

    /** The user with this e-mail address, or empty when there is none. */
    Optional<User> findByEmail(String email);

    /** What a login checks for this e-mail address (the password hash), or empty for an unknown address. */
    Optional<Credentials> credentials(String email);

    /** Oldest first. */
    Page<User> list(PageRequest page);

    /**
     * Accounts as an operator sees them, oldest first, with the exact total.
     *
     * @param emailContains keeps accounts whose email contains this text, compared case-insensitively
     */
    Page<UserAccount> accounts(Optional<String> emailContains, PageRequest page);

    /** One account as an operator sees it, or empty for an unknown id. */
    Optional<UserAccount> account(long id);

    /**
     * Disables an account at {@code at} (empty: enables it). A disabled account's sessions stop
     * authenticating at once ({@link Sessions#findUser},
     * {@link Sessions#findSession}); ending them is the caller's choice.
     *
     * @return whether the account is now in that state having been in the other one
     * @throws dev.carlot.persistence.NotFoundException for an unknown id
     */
    boolean setDisabled(long id, Optional<java.time.Instant> at);

    /** @throws dev.carlot.persistence.NotFoundException for an unknown id */
    User update(long id, UserPatch patch);

    /**
     * @throws dev.carlot.persistence.NotFoundException for an unknown id
     * @throws dev.carlot.persistence.ConflictException ({@link dev.carlot.persistence.Conflict#USER_HAS_ACTIVE_CARS})
     *         while the user has available or reserved cars, ({@link dev.carlot.persistence.Conflict#RECORD_STILL_REFERENCED})
     *         while orders refer to the user or to a car of theirs
     */
    void delete(long id);
}
