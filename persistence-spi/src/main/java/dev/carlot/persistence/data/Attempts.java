package dev.carlot.persistence.data;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Counters of recent attempts (sign-ins, registrations) by key, kept in the database so that
 * every Carlot server on it sees, and adds to, the same counts, and a restart forgets none.
 * A key's window opens at its first attempt and lasts the window given with that attempt; the
 * first attempt after the window has ended opens a new one at one. What a key means and how
 * many attempts it may have are the caller's business: keys are opaque text here.
 *
 * <p>Every call is one atomic statement: of concurrent attempts on one key each is told a
 * different count, so a limit checked on the answer holds however many requests race.
 */
public interface Attempts {

    /**
     * Adds one attempt at {@code now} to each of {@code keys} and answers their counts, in the
     * order of {@code keys} (which must be distinct).
     *
     * @param window how long a window this attempt opens lasts, when it opens one
     */
    List<AttemptCount> add(List<String> keys, Instant now, Duration window);

    /**
     * Takes one attempt back from each of {@code keys}, at {@code now} (an attempt that proved
     * harmless, such as a sign-in with the right password). A count never goes below zero, and
     * an ended window stays ended.
     */
    void forgive(List<String> keys, Instant now);

    /** Forgets {@code key} altogether; true when it was counting. */
    boolean clear(String key);

    /**
     * Names the counter {@code key} for the operator (such as the address or account it counts),
     * typically once it refused an attempt; the name goes with the counter when its window ends.
     */
    void name(String key, String subject);

    /** The named counters whose window has not ended at {@code now}, the most attempts first. */
    List<AttemptSubject> named(Instant now);

    /** Removes every key whose window ended at or before {@code now}; returns how many. */
    int purge(Instant now);
}
