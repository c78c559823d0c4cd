package dev.carlot.social;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Principal;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocialRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Principal seller = principal(2, Role.SELLER);
    private static final Principal buyer = principal(1, Role.USER);
    private static final Principal admin = principal(4, Role.ADMIN);

    @Test
    void aSellerCannotReviewTheirOwnCar() {
        var e = assertThrows(ApiException.class, () -> SocialRules.checkMayReview(seller, aCarOf(seller)));
        assertEquals(403, e.problem().status());
    }

    @Test
    void anAdminSellingTheCarCannotReviewItEither() {
        assertThrows(ApiException.class, () -> SocialRules.checkMayReview(admin, aCarOf(admin)));
    }

    @Test
    void othersMayReview() {
        assertDoesNotThrow(() -> SocialRules.checkMayReview(buyer, aCarOf(seller)));
        assertDoesNotThrow(() -> SocialRules.checkMayReview(admin, aCarOf(seller)));
    }

    @Test
    void theAuthorAndAdminsMayChangeWhatTheAuthorWrote() {
        assertDoesNotThrow(() -> SocialRules.checkAuthor(buyer, buyer.id(), "post 7", "edit"));
        assertDoesNotThrow(() -> SocialRules.checkAuthor(admin, buyer.id(), "post 7", "edit"));
    }

    @Test
    void anyoneElseIsForbiddenWithASentenceNamingTheRecord() {
        var e = assertThrows(ApiException.class, () -> SocialRules.checkAuthor(seller, buyer.id(), "post 7", "edit"));
        assertEquals(403, e.problem().status());
        assertEquals("Only the author of post 7 or an admin can edit it.", e.problem().detail());
    }

    private static Car aCarOf(Principal owner) {
        return new Car(5, owner.id(), "Volvo", "V70", 2012, new BigDecimal("8500.00"), 180000, Optional.empty(),
                Optional.empty(), List.of(), CarStatus.AVAILABLE, NOW, NOW);
    }

    private static Principal principal(long id, Role role) {
        return new Principal(new User(id, "u" + id + "@example.com", "User " + id, role, NOW, NOW), "hash");
    }
}
