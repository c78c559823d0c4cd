package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.seed.Seed;
import dev.carlot.persistence.BackupManifest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The move docs/backup.md describes: {@code carlot backup} on one backend, {@code carlot restore}
 * on the other, and back. Run once per backend, it moves embedded → postgres → embedded and
 * postgres → embedded → postgres.
 */
class BackupMoveTest {
    private static final String PASSWORD = "demo-password-1";

    @TempDir
    Path dir;

    /** Every kind of record, as the API shows it to an admin and to a user with a session. */
    private static Map<String, String> views(Http http, String adminToken, String userToken, long reviewedCar) {
        Map<String, String> views = new LinkedHashMap<>();
        for (String path : List.of("/api/users?limit=100", "/api/cars?limit=100", "/api/cars?status=available&limit=1",
                "/api/orders?limit=100", "/api/inquiries?limit=100", "/api/posts?limit=100")) {
            views.put(path, expect200(http.get(path, adminToken)));
        }
        views.put("/api/users/me", expect200(http.get("/api/users/me", userToken)));
        views.put("/api/users/me/favorites", expect200(http.get("/api/users/me/favorites", userToken)));
        views.put("reviews", expect200(http.get("/api/cars/" + reviewedCar + "/reviews")));
        return views;
    }

    private static String expect200(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.text());
        return answer.text();
    }

    private static Map<String, String> withSeed(TestBackend backend) {
        Map<String, String> environment = new HashMap<>(backend.environment());
        environment.putAll(Map.of("CARLOT_SEED_PASSWORD", PASSWORD, "CARLOT_BCRYPT_COST", "4"));
        return environment;
    }

    private static Map<String, String> checksums(BackupManifest manifest) {
        return manifest.tables().stream().collect(Collectors.toMap(BackupManifest.BackupTable::name,
                BackupManifest.BackupTable::sha256));
    }

    private static CliRun ok(CliRun run) {
        assertEquals(0, run.code(), run.err());
        return run;
    }

    @Test
    void movingToTheOtherBackendAndBackKeepsEveryRecordAndLogin() {
        Path first = dir.resolve("first.zip");
        Path second = dir.resolve("second.zip");
        Map<String, String> before;
        String adminToken;
        String userToken;
        long reviewedCar;
        BackupManifest written;
        try (TestServer source = TestServer.start()) {
            ok(CliRun.carlot(withSeed(source.backend()), "seed"));
            Http http = source.http();
            adminToken = Accounts.login(http, new Account(0, Seed.ADMIN, PASSWORD, ""));
            userToken = Accounts.login(http, new Account(0, Seed.USER, PASSWORD, ""));
            JsonObject cars = http.get("/api/cars?status=available&limit=1").object();
            reviewedCar = cars.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValueExact();
            assertEquals(201, http.post("/api/cars/" + reviewedCar + "/inquiries",
                    Json.createObjectBuilder().add("message", "Is it still there?").build(), userToken).status());
            assertEquals(204, http.put("/api/users/me/favorites/" + reviewedCar, userToken).status());
            assertEquals(201, http.post("/api/cars/" + reviewedCar + "/reviews",
                    Json.createObjectBuilder().add("rating", 5).add("comment", "Lovely\tcar\n\"really\"").build(),
                    userToken).status());
            assertEquals(201, http.post("/api/posts", Json.createObjectBuilder().add("title", "Ünïcode ✓")
                    .add("content", "back\\slash").build(), userToken).status());
            before = views(http, adminToken, userToken, reviewedCar);

            // the server keeps running: on the embedded backend the command talks to it
            ok(CliRun.carlot(source.backend().environment(), "backup", first.toString()));
            written = source.persistence().backupManifest(first);
        }

        try (TestBackend other = TestBackend.fresh(TestBackend.other())) {
            CliRun restored = ok(CliRun.carlot(other.environment(), "restore", first.toString()));
            assertTrue(restored.out().contains("restored " + written.rows() + " rows of " + written.tables().size()
                    + " tables"), restored.out());
            try (TestServer moved = TestServer.start(other)) {
                assertEquals(before, views(moved.http(), adminToken, userToken, reviewedCar));
                ok(CliRun.carlot(other.environment(), "backup", second.toString()));
                assertEquals(checksums(written), checksums(moved.persistence().backupManifest(second)));
                assertEquals(200, moved.http().post("/api/auth/login",
                        Accounts.credentials(Seed.USER, PASSWORD)).status());
            }
        }

        try (TestBackend back = TestBackend.fresh()) {
            ok(CliRun.carlot(back.environment(), "restore", second.toString()));
            try (TestServer home = TestServer.start(back)) {
                assertEquals(before, views(home.http(), adminToken, userToken, reviewedCar));
                long newest = home.http().get("/api/cars?limit=100").object().getJsonArray("items").stream()
                        .mapToLong(car -> car.asJsonObject().getJsonNumber("id").longValueExact()).max().orElseThrow();
                Http.Answer created = home.http().post("/api/cars", Json.createObjectBuilder().add("brand", "Kia")
                        .add("model", "Ceed").add("year", 2020).add("price", 12000).add("mileage", 1).build(), adminToken);
                assertEquals(201, created.status(), created.text());
                assertTrue(created.object().getJsonNumber("id").longValueExact() > newest);
            }
        }
    }
}
