package dev.carlot.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Persistence;
import org.junit.jupiter.api.Test;

class RefusingPersistenceTest {
    private final Persistence persistence = RefusingPersistence.create();

    @Test
    void aRepositoryCanBeTakenButNotQueried() {
        var users = persistence.users();

        var refused = assertThrows(AssertionError.class, () -> users.find(1L));
        assertTrue(refused.getMessage().contains("Users.find"), refused.getMessage());
    }

    @Test
    void aTransactionIsRefused() {
        var refused = assertThrows(AssertionError.class, () -> persistence.inTransaction(tx -> 1));
        assertTrue(refused.getMessage().contains("inTransaction"), refused.getMessage());
    }
}
