package dev.carlot.examples.testdrives;

import dev.carlot.feature.JsonOut;
import dev.carlot.feature.JsonTime;
import jakarta.json.JsonObject;

/** A test drive as the API shows it. */
final class TestDriveJson {
    private TestDriveJson() {
    }

    static JsonObject of(TestDrive drive) {
        return JsonOut.object()
                .add("id", drive.id())
                .add("carId", drive.carId())
                .add("buyerId", drive.buyerId())
                .add("sellerId", drive.sellerId())
                .add("slot", drive.slot())
                .add("status", drive.status().wire())
                .add("createdAt", drive.createdAt())
                .add("decidedAt", drive.decidedAt().map(JsonTime::millis))
                .build();
    }
}
