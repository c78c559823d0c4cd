package dev.carlot.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady write load: a few client threads, each adding car after car through {@code api} as one
 * seller, recording the id of every car that got a 201 (an acknowledged write) and every answer
 * that breaks the contract. A 503 must carry Retry-After; {@code alsoAllowed} are statuses a fault
 * may add (HAProxy's 502 for a request whose server was killed under it), where {@link #LOST}
 * allows a connection closed without an answer (HAProxy's way when the server of a reused
 * connection died under the request: the client may retry as with any keep-alive race). An answer
 * that takes longer than {@link Api#TIMEOUT}, a hang, is always wrong.
 */
final class Load implements AutoCloseable {
    /** "Status" of a request whose connection was closed without an answer. */
    static final int LOST = -1;
    final Set<Long> acknowledged = new ConcurrentSkipListSet<>();
    final List<String> wrongAnswers = new CopyOnWriteArrayList<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> clients = new ArrayList<>();

    private Load(Api api, String seller, int threads, Set<Integer> alsoAllowed) {
        for (int i = 0; i < threads; i++) {
            clients.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                while (!stop.get()) {
                    write(api, seller, alsoAllowed);
                }
            }));
        }
    }

    static Load start(Api api, int threads, Set<Integer> alsoAllowed) {
        return new Load(api, api.register("seller"), threads, alsoAllowed);
    }

    private void write(Api api, String seller, Set<Integer> alsoAllowed) {
        try {
            Api.Answer answer = api.postCar(seller);
            statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.status() == 201) {
                acknowledged.add(answer.id());
            } else if (answer.status() == 503 && answer.retryAfter().isPresent()) {
                pause();
            } else if (alsoAllowed.contains(answer.status())) {
                pause();
            } else {
                wrongAnswers.add(answer.toString());
            }
        } catch (Api.Unanswered e) {
            boolean hang = e.getCause() instanceof java.net.http.HttpTimeoutException;
            statuses.computeIfAbsent(hang ? 0 : LOST, s -> new AtomicInteger()).incrementAndGet();
            if (hang || !alsoAllowed.contains(LOST)) {
                wrongAnswers.add("no answer: " + e.getMessage());
            }
        }
    }

    /** Waits until {@code count} writes in all have been acknowledged, or fails after {@code within}. */
    void awaitAcknowledged(int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acknowledged.size() + " of " + count + " writes acknowledged within "
                        + within.toSeconds() + " s; answers: " + statuses + "; wrong: " + wrongAnswers);
            }
            pause();
        }
    }

    /** The acknowledged cars that {@code stored} (the ids a database holds) lacks. */
    List<Long> missingFrom(Set<Long> stored) {
        return acknowledged.stream().filter(id -> !stored.contains(id)).toList();
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread client : clients) {
            client.join(Api.TIMEOUT.multipliedBy(2).toMillis());
        }
    }

    @Override
    public String toString() {
        return "answers by status " + statuses + ", " + acknowledged.size() + " acknowledged"
                + (wrongAnswers.isEmpty() ? "" : ", wrong: " + wrongAnswers.subList(0, Math.min(5, wrongAnswers.size())));
    }
}
