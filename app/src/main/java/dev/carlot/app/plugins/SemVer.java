package dev.carlot.app.plugins;

import java.util.Comparator;

/** A version {@code major.minor.patch}; a missing minor or patch is 0 ({@code 1.0} is {@code 1.0.0}). */
public record SemVer(int major, int minor, int patch) implements Comparable<SemVer> {
    private static final Comparator<SemVer> ORDER =
            Comparator.comparingInt(SemVer::major).thenComparingInt(SemVer::minor).thenComparingInt(SemVer::patch);

    public SemVer {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("a version has no negative parts");
        }
    }

    /**
     * Parses {@code 1}, {@code 1.2} or {@code 1.2.3}.
     *
     * @throws IllegalArgumentException saying what a version looks like
     */
    public static SemVer parse(String text) {
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length > 3) {
            throw bad(text);
        }
        int[] numbers = new int[3];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("\\d{1,9}")) {
                throw bad(text);
            }
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return new SemVer(numbers[0], numbers[1], numbers[2]);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("'" + text + "' is not a version such as 1.2.0");
    }

    @Override
    public int compareTo(SemVer other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
