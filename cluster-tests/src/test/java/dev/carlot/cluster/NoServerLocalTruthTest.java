package dev.carlot.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What must hold across requests lives in PostgreSQL, not in a server: the same answers whichever
 * of the three servers a client reaches (each is spoken to alone here, through its own HAProxy port,
 * not balanced).
 */
@Order(1)
@Timeout(600)
@ExtendWith(SharedCluster.class)
class NoServerLocalTruthTest {
    private final List<Api> servers;

    NoServerLocalTruthTest(Cluster cluster) {
        this.servers = cluster.servers();
    }

    private Api server(int i) {
        return servers.get(i % servers.size());
    }

    @Test
    void fiftyBuyersSpreadOverTheServersBuyOneCarExactlyOnce() throws Exception {
        long car = server(0).postCar(server(0).register("seller")).id();
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            buyers.add(server(i).register("user"));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(buyers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            int buyer = i;
            threads.add(Thread.ofPlatform().start(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                int status = server(buyer).post("/api/orders", Optional.of(buyers.get(buyer)), "{\"carId\":" + car + "}").status();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }));
        }
        ready.await();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals("{201=1, 409=49}", new java.util.TreeMap<>(statuses).toString());
        for (Api server : servers) {
            assertTrue(server.get("/api/cars/" + car, Optional.empty()).body().contains("\"status\":\"reserved\""));
        }
    }

    @Test
    void twentyWrongPasswordsSpreadOverTheServersGetAtMostFiveChecked() {
        Api.Account account = server(0).account("user");
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < 20; i++) {
            Api.Answer answer = server(i).post("/api/auth/login", Optional.empty(),
                    "{\"email\":\"" + account.email() + "\",\"password\":\"not-the-password\"}");
            statuses.merge(answer.status(), 1, Integer::sum);
            assertTrue(answer.status() != 429 || answer.retryAfter().isPresent(), answer::toString);
        }
        // 401: the password was checked (and wrong); 429: refused before any check
        assertEquals(Map.of(401, 5, 429, 15), statuses);
    }

    @Test
    void aTokenFromOneServerWorksOnEveryServerAndALogoutOnOneEndsItOnAll() {
        String token = server(0).register("user");
        for (Api server : servers) {
            assertEquals(200, server.get("/api/users/me", Optional.of(token)).status(), server.base()::toString);
        }
        assertEquals(204, server(1).post("/api/auth/logout", Optional.of(token), null).status());
        for (Api server : servers) {
            assertEquals(401, server.get("/api/users/me", Optional.of(token)).status(), server.base()::toString);
        }
    }
}
