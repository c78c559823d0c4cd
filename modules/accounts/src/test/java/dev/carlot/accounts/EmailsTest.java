package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailsTest {

    @Test
    void normalizingLowerCasesAndTrims() {
        assertEquals("jane.doe@example.com", Emails.normalize("  Jane.Doe@Example.COM "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "admin@carlot.local", "j.o-e+tag@mail.example.co.uk", "x_y@a-b.io"})
    void ordinaryAddressesAreValid(String email) {
        assertTrue(Emails.valid(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jane", "jane@", "@example.com", "jane@example", "jane@@example.com", "ja ne@example.com",
            "jane.@example.com", ".jane@example.com", "ja..ne@example.com", "jane@-example.com", "jane@example.c",
            "jane@exam_ple.com", "jane@example.com.", "jané@example.com"})
    void malformedAddressesAreRejected(String email) {
        assertFalse(Emails.valid(email));
    }

    @Test
    void addressesLongerThan254CharactersAreRejected() {
        String domain = ("a".repeat(60) + ".").repeat(4) + "com";
        String email = "j@" + domain;
        assertTrue(email.length() > 244 && email.length() <= 254, "sanity: " + email.length());
        assertTrue(Emails.valid(email));
        assertFalse(Emails.valid("jjjjjjjjjjjjj@" + domain));
    }

    @Test
    void localPartsLongerThan64CharactersAreRejected() {
        assertTrue(Emails.valid("a".repeat(64) + "@example.com"));
        assertFalse(Emails.valid("a".repeat(65) + "@example.com"));
    }
}
