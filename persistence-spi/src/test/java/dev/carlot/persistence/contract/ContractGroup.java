package dev.carlot.persistence.contract;

import dev.carlot.persistence.Persistence;
import org.junit.jupiter.api.BeforeEach;

/** What every group of contract tests stands on: the fixtures over the database under test. */
public abstract class ContractGroup {

    private Fixtures given;

    @BeforeEach
    final void receive(Fixtures fixtures) {
        this.given = fixtures;
    }

    protected Fixtures given() {
        return given;
    }

    protected Persistence db() {
        return given.persistence();
    }
}
