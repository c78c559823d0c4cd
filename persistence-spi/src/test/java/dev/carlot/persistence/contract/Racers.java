package dev.carlot.persistence.contract;

import java.util.concurrent.Executor;

/**
 * The executor of the race tests: a platform thread per task. {@code supplyAsync} without an
 * executor runs on the common pool, which has a single thread on a two-core machine, and then
 * the "racers" run one after another and a missing guard goes unnoticed.
 */
final class Racers {
    static final Executor THREAD_EACH = task -> Thread.ofPlatform().name("contract-racer").start(task);

    private Racers() {
    }
}
