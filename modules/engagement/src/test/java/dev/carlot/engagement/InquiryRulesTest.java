package dev.carlot.engagement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Principal;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Inquiry;
import dev.carlot.persistence.data.InquiryStatus;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InquiryRulesTest {
    private static final long ASKER = 1;
    private static final long SELLER = 2;
    private static final Principal asker = principal(ASKER, Role.USER);
    private static final Principal seller = principal(SELLER, Role.SELLER);
    private static final Principal stranger = principal(3, Role.SELLER);
    private static final Principal admin = principal(4, Role.ADMIN);

    @Test
    void theAskerTheSellerAndAdminsAreParties() {
        for (Principal party : List.of(asker, seller, admin)) {
            assertTrue(InquiryRules.isParty(party, anInquiry(InquiryStatus.OPEN)));
        }
        assertFalse(InquiryRules.isParty(stranger, anInquiry(InquiryStatus.OPEN)));
    }

    @Test
    void aStrangerGetsTheSame404AsForAnUnknownInquiry() {
        var e = assertThrows(ApiException.class,
                () -> InquiryRules.visible(stranger, Optional.of(anInquiry(InquiryStatus.OPEN)), 9));
        assertEquals(404, e.problem().status());
        assertEquals(InquiryRules.notFound(9).problem(), e.problem());
    }

    @Test
    void onlyAdminsListEveryonesInquiries() {
        assertEquals(Optional.empty(), InquiryRules.listParty(admin));
        assertEquals(Optional.of(SELLER), InquiryRules.listParty(seller));
    }

    @Test
    void aSellerCannotAskAboutTheirOwnCar() {
        assertEquals(403, status(() -> InquiryRules.checkMayAsk(seller, aCar())));
        assertDoesNotThrow(() -> InquiryRules.checkMayAsk(asker, aCar()));
    }

    @Test
    void theAskerCannotAnswer() {
        assertEquals(403, status(() -> InquiryRules.checkChange(asker, anInquiry(InquiryStatus.OPEN), reply())));
    }

    @Test
    void theSellerAndAdminsAnswerOpenAndAnsweredInquiries() {
        for (var status : List.of(InquiryStatus.OPEN, InquiryStatus.ANSWERED)) {
            assertDoesNotThrow(() -> InquiryRules.checkChange(seller, anInquiry(status), reply()));
            assertDoesNotThrow(() -> InquiryRules.checkChange(admin, anInquiry(status), reply()));
        }
    }

    @Test
    void aClosedInquiryCannotBeAnswered() {
        assertEquals(409, status(() -> InquiryRules.checkChange(seller, anInquiry(InquiryStatus.CLOSED), reply())));
    }

    @Test
    void everyPartyMayClose() {
        for (Principal party : List.of(asker, seller, admin)) {
            assertDoesNotThrow(() -> InquiryRules.checkChange(party, anInquiry(InquiryStatus.ANSWERED), new InquiryChange.Close()));
        }
    }

    private static int status(Runnable action) {
        return assertThrows(ApiException.class, action::run).problem().status();
    }

    private static InquiryChange reply() {
        return new InquiryChange.Reply("It is.");
    }

    private static Inquiry anInquiry(InquiryStatus status) {
        Instant now = Instant.parse("2026-11-21T10:15:30Z");
        return new Inquiry(9, 5, ASKER, SELLER, "Still available?", Optional.empty(), status, now, now);
    }

    private static Car aCar() {
        Instant now = Instant.parse("2026-11-21T10:15:30Z");
        return new Car(5, SELLER, "Volvo", "V70", 2012, new BigDecimal("8500.00"), 180000, Optional.empty(),
                Optional.empty(), List.of(), CarStatus.AVAILABLE, now, now);
    }

    private static Principal principal(long id, Role role) {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        return new Principal(new User(id, "u" + id + "@example.com", "User " + id, role, now, now), "hash");
    }
}
