package dev.carlot.social;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Principal;
import dev.carlot.persistence.data.Car;

/** Who may write what. Reviews and posts are public, so a refusal is a 403, not a 404. */
final class SocialRules {
    private SocialRules() {
    }

    /** A seller rating their own car would only advertise it. */
    static void checkMayReview(Principal caller, Car car) {
        if (car.sellerId() == caller.id()) {
            throw ApiException.forbidden("You are the seller of car " + car.id() + "; you cannot review your own car.");
        }
    }

    /** Only the author (or an admin) may change or delete what they wrote, e.g. {@code what} = "post 7". */
    static void checkAuthor(Principal caller, long authorId, String what, String action) {
        if (!caller.isAdminOr(authorId)) {
            throw ApiException.forbidden("Only the author of " + what + " or an admin can " + action + " it.");
        }
    }
}
