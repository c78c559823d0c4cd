package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.FieldError;
import dev.carlot.persistence.data.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountInputTest {

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static List<String> badFields(Runnable parse) {
        ApiException e = assertThrows(ApiException.class, parse::run);
        assertEquals(400, e.problem().status());
        return e.problem().errors().stream().map(FieldError::field).toList();
    }

    @Test
    void registrationNormalizesEmailAndDefaultsToUser() {
        var input = AccountInput.registration(json("{'email':' Jane@Example.COM','name':' Jane ','password':'  secret pw  '}"));
        assertEquals("jane@example.com", input.email());
        assertEquals("Jane", input.name());
        assertEquals("  secret pw  ", input.password(), "passwords are taken exactly as sent");
        assertEquals(Role.USER, input.role());
    }

    @Test
    void registrationAcceptsSeller() {
        var input = AccountInput.registration(json("{'email':'s@example.com','name':'S','password':'a long passphrase','role':'seller'}"));
        assertEquals(Role.SELLER, input.role());
    }

    @Test
    void registrationListsEveryMissingField() {
        assertEquals(List.of("email", "name", "password"), badFields(() -> AccountInput.registration(json("{}"))));
    }

    @Test
    void registrationListsEveryMalformedField() {
        var fields = badFields(() -> AccountInput.registration(json(
                "{'email':'not-an-email','name':'','password':'short','role':'boss','extra':1}")));
        assertEquals(List.of("extra", "email", "name", "password", "role"), fields);
    }

    @Test
    void registrationRefusesAdminOnTheRoleField() {
        assertEquals(List.of("role"), badFields(() -> AccountInput.registration(json(
                "{'email':'a@example.com','name':'A','password':'a long passphrase','role':'admin'}"))));
    }

    @Test
    void wrongTypesAreReportedPerField() {
        assertEquals(List.of("email", "name", "password", "role"), badFields(() -> AccountInput.registration(json(
                "{'email':1,'name':true,'password':12345678,'role':[]}"))));
    }

    @Test
    void passwordLengthCountsCharactersNotBytes() {
        String eightEmoji = "\uD83D\uDE97".repeat(8);
        var input = AccountInput.registration(json("{'email':'a@example.com','name':'A','password':'" + eightEmoji + "'}"));
        assertEquals(eightEmoji, input.password());
        assertEquals(List.of("password"), badFields(() -> AccountInput.registration(json(
                "{'email':'a@example.com','name':'A','password':'" + "x".repeat(129) + "'}"))));
    }

    @Test
    void loginNeedsBothFieldsAsStringsButNoPasswordLength() {
        var input = AccountInput.login(json("{'email':'Jane@Example.com','password':'x'}"));
        assertEquals("jane@example.com", input.email());
        assertEquals(List.of("email", "password"), badFields(() -> AccountInput.login(json("{}"))));
        assertEquals(List.of("email", "password"), badFields(() -> AccountInput.login(json("{'email':5,'password':false}"))));
    }

    @Test
    void aPasswordOver72BytesIsRefusedHoweverFewCharactersItHas() {
        String seventyTwoBytes = "\u00e9".repeat(36);
        assertEquals(seventyTwoBytes, AccountInput.registration(json(
                "{'email':'a@example.com','name':'A','password':'" + seventyTwoBytes + "'}")).password());
        assertEquals(List.of("password"), badFields(() -> AccountInput.registration(json(
                "{'email':'a@example.com','name':'A','password':'" + seventyTwoBytes + "x'}"))));
        assertEquals(List.of("password"), badFields(() -> AccountInput.change(json("{'password':'" + "x".repeat(73) + "'}"))));
    }

    @Test
    void aPasswordWithALoneSurrogateIsRefusedBecauseUtf8WouldMakeItAQuestionMark() {
        assertEquals(List.of("password"), badFields(() -> AccountInput.registration(json(
                "{'email':'a@example.com','name':'A','password':'\\uD800 then eight'}"))));
    }

    @Test
    void aPasswordWithNulIsRefusedBecauseBcryptRepeatsTheKeyAfterANul() {
        // bcrypt cycles "p\0": 'dromedary\0dromedary' would match the hash of 'dromedary'
        assertEquals(List.of("password"), badFields(() -> AccountInput.registration(json(
                "{'email':'a@example.com','name':'A','password':'dromedary\\u0000dromedary'}"))));
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        assertEquals(List.of("password"), badFields(() -> AccountInput.registration(json(
                "{'email':'a@example.com','name':'A','password':'PassWord123'}"))));
    }

    @Test
    void changeCarriesTheCurrentPasswordAsSent() {
        var change = AccountInput.change(json("{'password':'a new passphrase','currentPassword':' old one '}"));
        assertEquals(Optional.of(" old one "), change.currentPassword());
        assertEquals(List.of("currentPassword"), badFields(() -> AccountInput.change(json("{'currentPassword':5}"))));
    }

    @Test
    void changeKeepsAbsentFieldsEmpty() {
        var change = AccountInput.change(json("{'name':'New name'}"));
        assertEquals(Optional.of("New name"), change.name());
        assertTrue(change.password().isEmpty() && change.role().isEmpty());
        assertTrue(AccountInput.change(json("{'name':null}")).isEmpty());
    }

    @Test
    void changeAcceptsAnyKnownRoleAndRejectsOthers() {
        assertEquals(Optional.of(Role.ADMIN), AccountInput.change(json("{'role':'admin'}")).role());
        assertEquals(List.of("role"), badFields(() -> AccountInput.change(json("{'role':'root'}"))));
        assertEquals(List.of("email"), badFields(() -> AccountInput.change(json("{'email':'x@example.com'}"))));
    }
}
