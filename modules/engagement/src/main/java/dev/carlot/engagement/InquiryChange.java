package dev.carlot.engagement;

import dev.carlot.feature.Fields;
import java.util.Set;

/**
 * What a PATCH of an inquiry asks for: exactly one of an answer ({@code reply}) or closing
 * it ({@code status: "closed"}). The two are different acts by possibly different people, so
 * one request never carries both.
 */
sealed interface InquiryChange {
    int MAX_REPLY = 2000;

    /** The car's seller (or an admin) answers; the inquiry becomes {@code answered}. */
    record Reply(String text) implements InquiryChange {
    }

    /** Any party ends the conversation; the inquiry becomes {@code closed}. */
    record Close() implements InquiryChange {
    }

    /** Reads and validates the body; a 400 lists every bad field. */
    static InquiryChange from(Fields fields) {
        fields.allowOnly(Set.of("reply", "status"));
        boolean replying = fields.has("reply");
        boolean closing = fields.has("status");
        var reply = fields.text("reply", 1, MAX_REPLY);
        fields.text("status", 0, Integer.MAX_VALUE).ifPresent(status -> fields.check("status", status.equals("closed"),
                "can only be 'closed'; an inquiry becomes 'answered' by sending 'reply'"));
        if (replying && closing) {
            fields.error("status", "cannot be sent together with 'reply'; answer and close in two requests");
        }
        if (!replying && !closing) {
            fields.error("reply", "is required, unless you send 'status': 'closed'");
        }
        fields.validate();
        return replying ? new Reply(reply.orElseThrow()) : new Close();
    }
}
