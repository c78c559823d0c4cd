package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.InvalidDataException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void aPostgresUrlGivesHostPortDatabaseAndCredentials() {
        PostgresUrl url = PostgresUrl.parse("postgres://carlot:s3cret@db.example.com:6543/marketplace");

        assertEquals("db.example.com", url.host());
        assertEquals(6543, url.port());
        assertEquals("marketplace", url.database());
        assertEquals(Optional.of("carlot"), url.user());
        assertEquals(Optional.of("s3cret"), url.password());
        assertEquals("jdbc:postgresql://db.example.com:6543/marketplace", url.jdbcUrl());
    }

    @Test
    void thePostgresqlSchemeIsTheSameForm() {
        assertEquals(PostgresUrl.parse("postgres://u@h/d"), PostgresUrl.parse("postgresql://u@h/d"));
    }

    @Test
    void thePortDefaultsTo5432() {
        assertEquals(5432, PostgresUrl.parse("postgres://u@db/carlot").port());
        assertEquals(5432, PostgresUrl.parse("jdbc:postgresql://db/carlot").port());
    }

    @Test
    void credentialsArePercentDecoded() {
        PostgresUrl url = PostgresUrl.parse("postgres://us%40er:p%3Ass%2Fw%40rd+x@h:5432/my%20db");

        assertEquals(Optional.of("us@er"), url.user());
        assertEquals(Optional.of("p:ss/w@rd+x"), url.password());
        assertEquals("my db", url.database());
        assertEquals("jdbc:postgresql://h:5432/my%20db", url.jdbcUrl());
    }

    @Test
    void aPasswordMayBeEmptyOrAbsent() {
        assertEquals(Optional.of(""), PostgresUrl.parse("postgres://u:@h/d").password());
        assertEquals(Optional.empty(), PostgresUrl.parse("postgres://u@h/d").password());
        assertEquals(Optional.empty(), PostgresUrl.parse("postgres://h/d").user());
    }

    @Test
    void aJdbcUrlTakesCredentialsFromItsParameters() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://10.0.0.5:5433/carlot?user=app&password=pw&sslmode=require");

        assertEquals(Optional.of("app"), url.user());
        assertEquals(Optional.of("pw"), url.password());
        assertEquals(Map.of("sslmode", "require"), url.parameters());
        assertEquals("jdbc:postgresql://10.0.0.5:5433/carlot?sslmode=require", url.jdbcUrl());
    }

    @Test
    void queryParametersPassThroughToTheDriver() {
        PostgresUrl url = PostgresUrl.parse("postgres://u:p@h/d?sslmode=verify-full&options=-c%20search_path%3Dapp");

        assertEquals("jdbc:postgresql://h:5432/d?sslmode=verify-full&options=-c%20search_path%3Dapp", url.jdbcUrl());
    }

    @Test
    void anIpv6HostKeepsItsBrackets() {
        PostgresUrl url = PostgresUrl.parse("postgres://u@[::1]:5433/d");

        assertEquals("[::1]", url.host());
        assertEquals("[::1]:5433", url.address());
    }

    @Test
    void theJdbcUrlAndTheDescriptionNeverHoldThePassword() {
        PostgresUrl url = PostgresUrl.parse("postgres://u:hunter2@h/d");

        assertFalse(url.jdbcUrl().contains("hunter2"));
        assertFalse(url.toString().contains("hunter2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mysql://u:hunter2@h/d                 | must start with postgres://",
        "postgres://u:hunter2@h                | names no database",
        "postgres://u:hunter2@h/               | names no database",
        "postgres://u:hunter2@/d               | names no host",
        "postgres://u:hunter2@h:port/d         | port 'port' is not a number",
        "postgres://u:hunter2@h:70000/d        | port '70000' is not a number between 1 and 65535",
        "postgres://u:hunter2@h1,h2/d          | several hosts",
        "postgres://u:hunter2%zz@h/d           | password has a malformed %-escape",
        "postgres://u:hunter2@[::1/d           | unclosed IPv6 address",
        "jdbc:postgresql://u:hunter2@h/d       | takes the user as ?user=",
    })
    void aMalformedUrlIsInvalidDataNamingTheProblemButNotThePassword(String text, String problem) {
        var invalid = assertThrows(InvalidDataException.class, () -> PostgresUrl.parse(text));

        assertTrue(invalid.getMessage().contains(problem), invalid.getMessage());
        assertFalse(invalid.getMessage().contains("hunter2"), invalid.getMessage());
    }
}
