package dev.carlot.bench.json;

import dev.carlot.feature.JsonText;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.data.Car;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding one of Carlot's answers, already built as the JSON-P value a handler sends, into the
 * bytes of the response body; and, for scale, building that value and writing it without one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class WriteBench {
    @Param({"car", "page", "problem"})
    public String answer;

    private JsonObject value;
    private Car car;
    private Page<Car> page;

    @Setup
    public void setUp() {
        value = Answers.of(answer);
        car = Answers.car(424_242);
        page = Answers.page();
        byte[] expected = ParssonGenerator.viaString(value);
        for (byte[] written : new byte[][] {HandWritten.bytes(value), JsonText.bytes(value),
                ParssonGenerator.bytes(value)}) {
            if (!Arrays.equals(expected, written)) {
                throw new IllegalStateException("a writer differs from Parsson on '" + answer + "':\n"
                        + new String(expected, java.nio.charset.StandardCharsets.UTF_8) + "\n"
                        + new String(written, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** The hand-written encoder app had before (a copy kept here as the baseline). */
    @Benchmark
    public byte[] handWritten() {
        return HandWritten.bytes(value);
    }

    /** Carlot's writer: feature-api's JsonText, Jackson's generator. */
    @Benchmark
    public byte[] jackson() {
        return JsonText.bytes(value);
    }

    @Benchmark
    public byte[] parssonGenerator() {
        return ParssonGenerator.bytes(value);
    }

    @Benchmark
    public byte[] parssonToString() {
        return ParssonGenerator.viaString(value);
    }

    /** Building the JSON-P value with feature-api's builders, which every writer above starts from. */
    @Benchmark
    public JsonObject buildTree() {
        return Answers.of(answer);
    }

    /** From the records to bytes with no tree (cars only; the problem answer writes the car here). */
    @Benchmark
    public byte[] jacksonFromRecords() {
        return answer.equals("page") ? JacksonDirect.page(page, "eyJwIjoiNDgyMTAuMzciLCJpIjo1MjB9")
                : JacksonDirect.car(car);
    }
}
