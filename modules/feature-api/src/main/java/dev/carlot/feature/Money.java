package dev.carlot.feature;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount of money as Carlot stores it: 0 to 9,999,999,999.99, at most two decimals, kept
 * with exactly two ({@code numeric(12, 2)}). Made only by {@link #parse}, so no unbounded
 * number a client sent ever reaches arithmetic or the database.
 */
public record Money(BigDecimal amount) {
    public static final int MAX_INTEGER_DIGITS = 10;
    public static final int MAX_DECIMALS = 2;
    /** The words a client reads when an amount is refused. */
    public static final String RULE = "must be an amount from 0 to 9999999999.99 with at most 2 decimals";
    public static final String POSITIVE_RULE = "must be a positive amount below 10000000000 with at most 2 decimals";

    public Money {
        if (amount.signum() < 0 || amount.scale() != MAX_DECIMALS || amount.precision() > MAX_INTEGER_DIGITS + MAX_DECIMALS) {
            throw new IllegalArgumentException("not an amount of money: " + amount);
        }
    }

    /** The amount written in {@code text} (JSON number grammar), or empty when it is none or out of range. */
    public static Optional<Money> parse(String text) {
        return Numbers.decimal(text, MAX_INTEGER_DIGITS, MAX_DECIMALS)
                .filter(v -> v.signum() >= 0)
                .map(v -> new Money(v.setScale(MAX_DECIMALS, RoundingMode.UNNECESSARY)));
    }

    /** Whether the amount is above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }
}
