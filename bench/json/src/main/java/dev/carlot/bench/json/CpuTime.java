package dev.carlot.bench.json;

import dev.carlot.feature.JsonText;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.data.Car;
import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The same writers as {@link WriteBench}, timed in CPU time of the measuring thread instead of
 * wall time: on a machine shared with other work, JMH's wall-clock scores swing by more than
 * the differences they are meant to show, while the CPU a thread spends on a write does not
 * include the time it waited for a core. Prints ns of CPU per answer, best and median of 15 rounds.
 * One JVM per answer and writer, as JMH forks, so that no writer runs on profiles another left.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private CpuTime() {
    }

    /** {@code CpuTime ANSWER WRITER}: one answer, one writer, in this JVM alone (bench/json/run --cpu runs them all). */
    public static void main(String[] args) {
        String answer = args[0];
        Car car = Answers.car(424_242);
        Page<Car> page = Answers.page();
        JsonObject value = Answers.of(answer);
        Map<String, Supplier<Object>> writers = new LinkedHashMap<>();
        writers.put("handWritten", () -> HandWritten.bytes(value));
        writers.put("jackson", () -> JsonText.bytes(value));
        writers.put("parssonGenerator", () -> ParssonGenerator.bytes(value));
        writers.put("parssonToString", () -> ParssonGenerator.viaString(value));
        writers.put("buildTree", () -> Answers.of(answer));
        writers.put("jacksonFromRecords", answer.equals("page")
                ? () -> JacksonDirect.page(page, "eyJwIjoiNDgyMTAuMzciLCJpIjo1MjB9")
                : () -> JacksonDirect.car(car));
        Supplier<Object> writer = writers.get(args[1]);
        if (writer == null) {
            throw new IllegalArgumentException("no writer '" + args[1] + "'; try one of " + writers.keySet());
        }
        long[] rounds = measure(writer, answer.equals("page") ? 2_000 : 40_000);
        System.out.printf("| %s | %s | %,d | %,d |%n", answer, args[1], rounds[0], rounds[rounds.length / 2]);
    }

    private static long[] measure(Supplier<Object> writer, int ops) {
        for (int i = 0; i < ops * 10; i++) {
            sink = writer.get();
        }
        long[] rounds = new long[15];
        for (int r = 0; r < rounds.length; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < ops; i++) {
                sink = writer.get();
            }
            rounds[r] = (THREADS.getCurrentThreadCpuTime() - start) / ops;
        }
        Arrays.sort(rounds);
        return rounds;
    }
}
