package dev.carlot.examples.testdrives;

import java.util.Arrays;
import java.util.Optional;

/** Where a test drive stands: asked for, then confirmed or declined by the car's seller. */
enum TestDriveStatus {
    REQUESTED, CONFIRMED, DECLINED;

    /** The word in JSON and in the database. */
    String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<TestDriveStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(text)).findFirst();
    }
}
