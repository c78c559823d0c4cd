package dev.carlot.app;

/**
 * How many carrier threads run Carlot's virtual threads: twice the cores, unless
 * {@code -Djdk.virtualThreadScheduler.parallelism} says otherwise. With one carrier per core
 * (the JDK's default), a busy Carlot is two threads among PostgreSQL's one process per
 * connection on the same cores, the kernel gives it the share of two, and requests queue for a
 * carrier: at N = 1,000,000 the slowest 1 % of car lookups waited 4.6–8.6 ms, and 3.1–4.5 ms with
 * twice as many carriers, at the same requests/s (docs/performance.md).
 */
final class Carriers {
    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

    private Carriers() {
    }

    /** Must run before the first virtual thread starts: the JDK reads the setting once. */
    static void configure() {
        if (System.getProperty(PARALLELISM) == null) {
            System.setProperty(PARALLELISM, Integer.toString(2 * Runtime.getRuntime().availableProcessors()));
        }
    }
}
