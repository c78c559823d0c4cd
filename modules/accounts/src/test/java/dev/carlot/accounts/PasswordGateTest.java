package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.feature.ApiException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PasswordGateTest {
    private final PasswordGate gate = new PasswordGate(new HashingLimits(1, Duration.ofMillis(50)));

    @Test
    void workBeyondTheBoundIsRefusedWith503AndRetryAfter() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            holding.countDown();
            await(release);
            return "done";
        }));
        holding.await();

        ApiException refused = assertThrows(ApiException.class, () -> gate.run(() -> "second"));
        assertEquals(503, refused.problem().status());
        assertEquals("1", refused.headers().get("Retry-After"));

        release.countDown();
        assertEquals("done", holder.get());
        assertEquals("third", gate.run(() -> "third"), "the permit came back");
    }

    @Test
    void aPermitComesBackWhenTheWorkThrows() {
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("bcrypt failed");
        }));
        assertEquals("next", gate.run(() -> "next"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
