package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noWordsMeansServe() {
        assertEquals("serve", CommandLine.parse().command());
    }

    @Test
    void wordsAndFlagsMayBeMixed() {
        CommandLine line = CommandLine.parse("--port=9000", "migrate", "--backend=postgres", "status");

        assertEquals("migrate", line.command());
        assertEquals(List.of("status"), line.arguments());
        assertEquals(Map.of("server.port", "9000", "carlot.database.backend", "postgres"), line.settings());
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        var failure = assertThrows(UsageException.class, () -> CommandLine.parse("--prot=9000"));

        assertEquals("unknown option --prot", failure.getMessage());
    }

    @Test
    void aFlagWithoutValueIsAUsageError() {
        assertThrows(UsageException.class, () -> CommandLine.parse("--port", "9000"));
    }
}
