package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Version ranges of descriptors, in interval notation. */
class ApiRangeTest {

    @Test
    void aHalfOpenRangeHoldsItsLowerBoundAndNotItsUpper() {
        ApiRange range = ApiRange.parse("[1.0,2.0)");
        assertTrue(range.includes(SemVer.parse("1.0.0")));
        assertTrue(range.includes(SemVer.parse("1.9.12")));
        assertFalse(range.includes(SemVer.parse("2.0.0")));
        assertFalse(range.includes(SemVer.parse("0.9")));
    }

    @Test
    void closedOpenAndUnboundedRangesSayWhatTheyMean() {
        assertTrue(ApiRange.parse("[1.2,1.4]").includes(SemVer.parse("1.4.0")));
        assertFalse(ApiRange.parse("(1.0,2.0)").includes(SemVer.parse("1.0.0")));
        assertTrue(ApiRange.parse("[1.0,)").includes(SemVer.parse("99.0")));
        assertEquals("[1.0.0,)", ApiRange.parse(" [1.0,) ").toString());
    }

    @Test
    void malformedRangesAreRefusedWithAnExample() {
        for (String bad : new String[] {"1.0", "[1.0]", "[,2.0)", "[1.0,2.0", "[1.x,2.0)", "[1.0,]", "[1.0.0.0,2)"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ApiRange.parse(bad), bad);
            assertEquals("'" + bad + "' is not a version range such as [1.0,2.0)", refused.getMessage());
        }
    }
}
