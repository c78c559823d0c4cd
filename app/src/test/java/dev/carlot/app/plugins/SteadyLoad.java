package dev.carlot.app.plugins;

import dev.carlot.app.Http;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests sent without pause by a few clients until stopped, each answer counted by path and
 * status (and by the library version a plugin reports), for the swap tests.
 */
final class SteadyLoad implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final ExecutorService clients;

    private SteadyLoad(Http http, List<String> paths, int clientsPerPath) {
        clients = Executors.newFixedThreadPool(paths.size() * clientsPerPath);
        for (String path : paths) {
            for (int i = 0; i < clientsPerPath; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        try {
                            count(path, http.get(path));
                        } catch (RuntimeException e) {
                            // a refused or dropped connection is a failure of the swap as much as a 5xx
                            counts.computeIfAbsent(path + " error " + e, k -> new LongAdder()).increment();
                        }
                    }
                    return null;
                });
            }
        }
    }

    static SteadyLoad start(Http http, List<String> paths, int clientsPerPath) {
        return new SteadyLoad(http, paths, clientsPerPath);
    }

    private void count(String path, Http.Answer answer) {
        String key = path + " " + answer.status();
        if (answer.status() == 200 && answer.text().contains("\"lib\"")) {
            key += " lib=" + answer.object().getString("lib");
        }
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** How many answers were counted under {@code key} ({@code "/api/hello 200 lib=1"}) so far. */
    long count(String key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }

    /** Stops the clients and gives every count. */
    Map<String, Long> stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the load's clients did not stop");
        }
        Map<String, Long> result = new java.util.TreeMap<>();
        counts.forEach((key, adder) -> result.put(key, adder.sum()));
        return result;
    }

    @Override
    public void close() throws InterruptedException {
        if (running.get()) {
            stop();
        }
    }
}
