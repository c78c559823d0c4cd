package dev.carlot.engagement;

import dev.carlot.feature.JsonOut;
import dev.carlot.persistence.data.Inquiry;
import jakarta.json.JsonObject;

/** An inquiry as api.md shows it; the seller id stays inside (it only decides access). */
final class InquiryJson {
    private InquiryJson() {
    }

    static JsonObject of(Inquiry inquiry) {
        return JsonOut.object()
                .add("id", inquiry.id())
                .add("carId", inquiry.carId())
                .add("userId", inquiry.userId())
                .add("message", inquiry.message())
                .add("reply", inquiry.reply())
                .add("status", inquiry.status().wire())
                .add("createdAt", inquiry.createdAt())
                .add("updatedAt", inquiry.updatedAt())
                .build();
    }
}
