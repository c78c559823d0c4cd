package dev.carlot.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    /** What a hostile client sends; each must be refused by its text, before any arithmetic. */
    static final String[] HOSTILE = {"1e-10000000", "1e-999999999", "1e999999999", "1E+2147483648", "-1e-2147483649",
        "NaN", "Infinity", "-Infinity", "0x10", "+5", "１２３", "٣", "1_000", "1,5", "1.", ".5", "-", "", " 5", "5 ",
        "1e", "1e+", "--1", "1.5.5", "1\u00005", "9".repeat(100_000), "0.".concat("0".repeat(50)).concat("1")};

    @ParameterizedTest
    @ValueSource(strings = {"1e-10000000", "1e-999999999", "1e999999999", "1E+2147483648", "NaN", "Infinity", "0x10",
        "+5", "１２３", "1.", ".5", "", "1e", "--1", "1\u00005", "12345678901234567890123456789012345678901"})
    void hostileTextIsNoDecimal(String text) {
        assertEquals(Optional.empty(), Numbers.decimal(text, 19, 19));
    }

    @Test
    void everyHostileValueIsRefusedAsAWholeNumberAndAsMoney() {
        for (String text : HOSTILE) {
            assertEquals(Optional.empty(), Numbers.whole(text, Long.MIN_VALUE, Long.MAX_VALUE), text);
            assertEquals(Optional.empty(), Numbers.integer(text), text);
            assertEquals(Optional.empty(), Money.parse(text), text);
        }
    }

    @Test
    void jsonNumberSpellingsOfOneValueAreEqual() {
        for (String text : new String[] {"1500", "1500.0", "1.5e3", "1.5E+3", "15000e-1", "0001500", "150000E-2"}) {
            assertEquals(Optional.of(1500L), Numbers.whole(text, 0, 2000), text);
        }
    }

    @Test
    void aWholeNumberStaysWithinItsBounds() {
        assertEquals(Optional.of(Long.MAX_VALUE), Numbers.whole("9223372036854775807", 1, Long.MAX_VALUE));
        assertEquals(Optional.empty(), Numbers.whole("9223372036854775808", 1, Long.MAX_VALUE));
        assertEquals(Optional.empty(), Numbers.whole("1.5", 0, 10));
        assertEquals(Optional.empty(), Numbers.whole("6", 1, 5));
        assertEquals(Optional.of(0L), Numbers.whole("-0", 0, 5));
        assertEquals(Optional.of(-3L), Numbers.whole("-3", -5, 5));
    }

    @Test
    void anIntegerIsAsciiDigitsWithinSixtyFourBits() {
        assertEquals(Optional.of(42L), Numbers.integer("42"));
        assertEquals(Optional.of(-42L), Numbers.integer("-42"));
        assertEquals(Optional.of(Long.MIN_VALUE), Numbers.integer("-9223372036854775808"));
        assertEquals(Optional.empty(), Numbers.integer("9223372036854775808"));
        assertEquals(Optional.empty(), Numbers.integer("00000000000000000000042"));
        assertEquals(Optional.empty(), Numbers.integer("1e3"));
    }

    @Test
    void moneyHasTenIntegerDigitsAndTwoDecimalsAtMost() {
        assertEquals(new BigDecimal("9999999999.99"), Money.parse("9999999999.99").orElseThrow().amount());
        assertEquals(new BigDecimal("15000.50"), Money.parse("15000.5").orElseThrow().amount());
        assertEquals(new BigDecimal("15000.00"), Money.parse("1.5e4").orElseThrow().amount());
        assertEquals(new BigDecimal("0.00"), Money.parse("-0").orElseThrow().amount());
        assertEquals(new BigDecimal("0.10"), Money.parse("0.1000000").orElseThrow().amount());
        assertEquals(Optional.empty(), Money.parse("10000000000"));
        assertEquals(Optional.empty(), Money.parse("15000.555"));
        assertEquals(Optional.empty(), Money.parse("-1"));
        assertEquals(Optional.empty(), Money.parse("1e-3"));
    }

    @Test
    void onlyAPositiveAmountIsPositive() {
        assertEquals(false, Money.parse("0").orElseThrow().isPositive());
        assertEquals(true, Money.parse("0.01").orElseThrow().isPositive());
    }
}
