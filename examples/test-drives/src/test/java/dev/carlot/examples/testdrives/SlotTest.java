package dev.carlot.examples.testdrives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlotTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aWholeHourInTheFutureIsASlot() {
        assertEquals(Instant.parse("2027-03-02T10:00:00Z"), Slot.parse("2027-03-02T10:00:00Z", NOON, 60).start());
    }

    @Test
    void aTimeWithinAnHourIsRefusedSayingSo() {
        Slot.Refused refused = assertThrows(Slot.Refused.class, () -> Slot.parse("2027-03-02T10:30:00Z", NOON, 60));
        assertEquals("must start on the hour, such as 10:00:00", refused.getMessage());
    }

    @Test
    void theCurrentHourAndThePastAreRefused() {
        assertThrows(Slot.Refused.class, () -> Slot.parse("2027-03-01T12:00:00Z", NOON, 60));
        assertThrows(Slot.Refused.class, () -> Slot.parse("2027-02-01T12:00:00Z", NOON, 60));
    }

    @Test
    void aSlotBeyondTheConfiguredDaysIsRefused() {
        assertThrows(Slot.Refused.class, () -> Slot.parse("2027-03-09T12:00:00Z", NOON, 7));
    }

    @Test
    void textThatIsNoTimeIsRefused() {
        assertThrows(Slot.Refused.class, () -> Slot.parse("tomorrow at ten", NOON, 60));
    }
}
