package dev.carlot.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent at one moment, for race tests: each waits on its own thread at one gate. */
public final class AtOnce {
    private AtOnce() {
    }

    /** Sends every request together; the answers in request order. */
    public static List<Http.Answer> send(List<Callable<Http.Answer>> requests) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(requests.size())) {
            List<Future<Http.Answer>> pending = new ArrayList<>();
            for (Callable<Http.Answer> request : requests) {
                pending.add(pool.submit(() -> {
                    gate.await();
                    return request.call();
                }));
            }
            gate.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        }
    }
}
