package dev.carlot.engagement;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Principal;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Inquiry;
import dev.carlot.persistence.data.InquiryStatus;
import java.util.Optional;

/** Who may ask, read and change an inquiry. An inquiry is private to its asker and the car's seller. */
final class InquiryRules {
    private InquiryRules() {
    }

    /** A seller asking about their own car would only talk to themselves. */
    static void checkMayAsk(Principal caller, Car car) {
        if (car.sellerId() == caller.id()) {
            throw ApiException.forbidden("You are the seller of car " + car.id() + "; you cannot ask about your own car.");
        }
    }

    static boolean isParty(Principal caller, Inquiry inquiry) {
        return caller.isAdmin() || caller.id() == inquiry.userId() || caller.id() == inquiry.sellerId();
    }

    /** The inquiry if the caller may see it; others get the same 404 as for an unknown id. */
    static Inquiry visible(Principal caller, Optional<Inquiry> inquiry, long id) {
        return inquiry.filter(i -> isParty(caller, i)).orElseThrow(() -> notFound(id));
    }

    /** Whose inquiries a list keeps: everyone's for an admin, else those the caller asked or received. */
    static Optional<Long> listParty(Principal caller) {
        return caller.isAdmin() ? Optional.empty() : Optional.of(caller.id());
    }

    /** Checks a change by a party of the inquiry (see {@link #visible}). */
    static void checkChange(Principal caller, Inquiry inquiry, InquiryChange change) {
        if (change instanceof InquiryChange.Reply) {
            if (!caller.isAdminOr(inquiry.sellerId())) {
                throw ApiException.forbidden("Only the car's seller can answer inquiry " + inquiry.id() + ".");
            }
            if (inquiry.status() == InquiryStatus.CLOSED) {
                throw ApiException.conflict("Inquiry " + inquiry.id() + " is closed; ask a new question instead of answering it.");
            }
        }
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("There is no inquiry with id " + id + ".");
    }
}
