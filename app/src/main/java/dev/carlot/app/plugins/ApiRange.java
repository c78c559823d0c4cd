package dev.carlot.app.plugins;

import java.util.Optional;

/**
 * The plugin-API versions a plugin was built for, in interval notation: {@code [1.0,2.0)} (from
 * 1.0 included to 2.0 excluded), {@code [1.2,1.4]}, {@code (1.0,2.0)}, {@code [1.0,)} (no upper bound).
 */
public record ApiRange(SemVer lower, boolean lowerIncluded, Optional<SemVer> upper, boolean upperIncluded) {

    /**
     * Parses a range.
     *
     * @throws IllegalArgumentException saying what a range looks like
     */
    public static ApiRange parse(String text) {
        String range = text.strip();
        if (range.length() < 4 || "[(".indexOf(range.charAt(0)) < 0 || "])".indexOf(range.charAt(range.length() - 1)) < 0) {
            throw bad(text);
        }
        String[] bounds = range.substring(1, range.length() - 1).split(",", -1);
        if (bounds.length != 2 || bounds[0].isBlank()) {
            throw bad(text);
        }
        try {
            Optional<SemVer> upper = bounds[1].isBlank() ? Optional.empty() : Optional.of(SemVer.parse(bounds[1]));
            boolean upperIncluded = range.endsWith("]");
            if (upper.isEmpty() && upperIncluded) {
                throw bad(text);
            }
            return new ApiRange(SemVer.parse(bounds[0]), range.startsWith("["), upper, upperIncluded);
        } catch (IllegalArgumentException e) {
            throw bad(text);
        }
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("'" + text + "' is not a version range such as [1.0,2.0)");
    }

    /** Whether {@code version} lies in this range. */
    public boolean includes(SemVer version) {
        int low = version.compareTo(lower);
        if (low < 0 || (low == 0 && !lowerIncluded)) {
            return false;
        }
        return upper.map(u -> {
            int high = version.compareTo(u);
            return high < 0 || (high == 0 && upperIncluded);
        }).orElse(true);
    }

    @Override
    public String toString() {
        return (lowerIncluded ? "[" : "(") + lower + "," + upper.map(SemVer::toString).orElse("")
                + (upperIncluded ? "]" : ")");
    }
}
