package dev.carlot.app.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestBackend;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route × {anonymous, user, seller, other seller, admin} gets the status api.md implies
 * ({@link Matrix}); a cell that changes something acts on a {@link World} of its own. Every
 * answer is also searched for a bcrypt hash, the fixtures' password and any token except the
 * one a register or login answer hands to its own caller.
 */
class AuthorizationMatrixTest {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d\\d\\$");
    private static final Pattern ISSUED_TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private static Path backups;
    private static TestServer server;
    private static World shared;
    /** Every token handed out so far: none may appear in an answer other than the one that issued it. */
    private static final Set<String> tokens = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(TestBackend.selected().equals("embedded"),
                "runs on its own embedded PostgreSQL only, never on the shared service the postgres run uses");
        backups = Files.createTempDirectory("carlot-matrix-backups");
        server = TestServer.start("--backup-dir=" + backups, TestServer.BUNDLED_PLUGINS);
        shared = world();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (backups != null) {
            try (Stream<Path> files = Files.walk(backups)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static World world() {
        World world = World.create(server);
        Stream.of(world.user(), world.seller(), world.otherSeller(), world.admin(), world.bystander())
                .map(Account::token).forEach(tokens::add);
        return world;
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachRoleAsApiMdImplies() {
        return Matrix.CELLS.stream().flatMap(cell -> Arrays.stream(Role.values()).map(role -> DynamicTest.dynamicTest(
                cell.method() + " " + cell.path() + (cell.body().isEmpty() ? "" : " " + cell.body()) + " as " + role
                        + " -> " + cell.expected(role),
                () -> check(cell, role))));
    }

    @Test
    void theMatrixCoversEveryServedRoute() {
        Set<String> served = server.server().routes().stream()
                .map(r -> r.method() + " " + r.path().replaceAll("\\{[A-Za-z]+}", "{}"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = Matrix.CELLS.stream().map(Cell::shape)
                .map(s -> s.replaceAll("/\\d+", "/{}"))
                .collect(Collectors.toCollection(TreeSet::new));
        served.removeAll(covered);
        assertEquals(Set.of(), served, "routes the matrix does not test");
    }

    private static void check(Cell cell, Role role) {
        World world = cell.reads() ? shared : world();
        String email = "matrix-" + EMAILS.incrementAndGet() + "@matrix.test";
        String path = world.fill(cell.path(), role, email);
        Optional<String> body = cell.body().isEmpty() ? Optional.empty() : Optional.of(world.fill(cell.body(), role, email));
        String[] token = world.as(role).map(a -> new String[] {a.token()}).orElse(new String[0]);

        Http.Answer answer = server.http().send(cell.method(), path, body, token);

        assertEquals(cell.expected(role), answer.status(), () -> cell.method() + " " + path + " as " + role + ": "
                + answer.text());
        assertNothingSecretIn(answer, path);
        if (answer.status() >= 400) {
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        }
    }

    /** No hash, no password, and no token but the one this very answer issues to its caller. */
    private static void assertNothingSecretIn(Http.Answer answer, String path) {
        String text = answer.text();
        assertFalse(BCRYPT.matcher(text).find(), () -> "a bcrypt hash in " + text);
        assertFalse(text.contains(Accounts.PASSWORD), () -> "the password in " + text);
        String rest = text;
        if (path.startsWith("/api/auth/") && answer.status() < 300 && !text.isEmpty()) {
            JsonObject issued = answer.object();
            String own = issued.getString("token");
            assertFalse(tokens.contains(own), "a token handed out before, again: " + text);
            rest = text.replace(own, "");
            tokens.add(own);
        }
        String scanned = rest;
        tokens.forEach(t -> assertFalse(scanned.contains(t), () -> "someone's token in " + text));
        assertFalse(ISSUED_TOKEN.matcher(rest).find(), () -> "a token field in " + text);
    }
}
