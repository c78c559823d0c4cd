package dev.carlot.app;

import dev.carlot.persistence.MigrationInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code carlot migrate status} as an aligned table. */
final class MigrationTable {
    private MigrationTable() {
    }

    static String render(List<MigrationInfo> migrations) {
        if (migrations.isEmpty()) {
            return "no migrations known\n";
        }
        int version = Math.max("VERSION".length(), migrations.stream().mapToInt(m -> m.version().length()).max().orElse(0));
        int description = Math.max("DESCRIPTION".length(),
                migrations.stream().mapToInt(m -> m.description().length()).max().orElse(0));
        String format = "%-" + version + "s  %-" + description + "s  %-7s  %s%n";
        StringBuilder table = new StringBuilder(String.format(format, "VERSION", "DESCRIPTION", "STATE", "APPLIED AT"));
        for (MigrationInfo m : migrations) {
            table.append(String.format(format, m.version(), m.description(), m.applied() ? "applied" : "pending",
                    m.appliedAt().map(at -> at.truncatedTo(ChronoUnit.SECONDS)).map(Instant::toString).orElse("")));
        }
        return table.toString().replaceAll(" +\n", "\n");
    }
}
