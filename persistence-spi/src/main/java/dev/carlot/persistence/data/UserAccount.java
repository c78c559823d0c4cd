package dev.carlot.persistence.data;

import java.time.Instant;
import java.util.Optional;

/**
 * An account as an operator sees it: the user, whether it is disabled, and how many sessions it holds.
 *
 * @param disabledAt when it was disabled; a disabled account cannot sign in and holds no session
 * @param sessions   its sessions that have not expired
 */
public record UserAccount(User user, Optional<Instant> disabledAt, int sessions) {
}
