package dev.carlot.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void nulAndUnpairedSurrogatesAreNotCleanText() {
        assertFalse(Text.clean("a\u0000b"));
        assertFalse(Text.clean("\ud800"));
        assertFalse(Text.clean("x\udfff"));
        assertFalse(Text.clean("\udfff\ud800"));
        assertFalse(Text.clean("\ud83d"));
    }

    @Test
    void anyOtherUnicodeIsCleanText() {
        assertTrue(Text.clean(""));
        assertTrue(Text.clean("ñandú 日本語 \ud83d\ude97 \u202e \ufeff \t\r\n"));
    }

    @Test
    void anEchoIsCutWithoutSplittingACharacter() {
        assertEquals("short", Text.shown("short"));
        assertEquals("a".repeat(Text.MAX_ECHO) + "…", Text.shown("a".repeat(100_000)));
        String cut = Text.shown("a".repeat(Text.MAX_ECHO - 1) + "\ud83d\ude97tail");
        assertTrue(Text.clean(cut), cut);
    }
}
