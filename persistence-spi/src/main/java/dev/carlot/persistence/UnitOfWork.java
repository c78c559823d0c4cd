package dev.carlot.persistence;

import java.util.function.Function;

/** Groups repository calls into one transaction: what a feature may do beyond single calls. */
public interface UnitOfWork {

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it
     * throws. The repositories handed to {@code work} must not escape it.
     */
    <T> T inTransaction(Function<Repositories, T> work);
}
