// An open-loop (fixed-rate) load generator for bench/run's GET scenarios 1-3, corrected for
// coordinated omission: every request has an intended start on a fixed schedule, and its latency is
// measured from that instant, not from when a connection was free to send it. A stall therefore
// counts against every request that should have started during it, as a real user's would.
//
//   java bench/OpenLoop.java --scenario 1|2|3 --rate R [--duration 20] [--warmup 5]
//        [--connections 16] [--port 18080]        (BENCH_CARS, BENCH_SELLERS, BENCH_FIRST_SELLER)
//
// Each of C keep-alive connections (a platform thread with a blocking socket) sends R/C requests
// per second on its own schedule, one request outstanding at a time, as wrk2 does. It prints
// "RESULT rate=.. rps=.. p50=.. p99=.. p999=.. max=.. requests=.. errors=.. late=.." (ms), where
// late is the share of requests sent more than 1 ms after their intended start: when it is large
// the connections, not the rate, set the pace, and the tails say the server could not keep up.
import java.io.*;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.locks.LockSupport;
public class OpenLoop {
    /** A log-linear histogram of microseconds: 512 linear steps per power of two (0.2 % wide). */
    static final class Histogram {
        static final int SUB = 512;
        final long[] counts = new long[2 * SUB + 54 * SUB];
        long total, max;

        static int index(long v) {
            if (v < 2 * SUB) return (int) v;
            int exponent = 63 - Long.numberOfLeadingZeros(v);
            int shift = exponent - 9;
            return 2 * SUB + (exponent - 10) * SUB + (int) ((v >> shift) - SUB);
        }

        static long highest(int i) {
            if (i < 2 * SUB) return i;
            int exponent = (i - 2 * SUB) / SUB + 10;
            int shift = exponent - 9;
            long sub = (i - 2 * SUB) % SUB + SUB;
            return ((sub + 1) << shift) - 1;
        }

        void record(long micros) {
            counts[index(Math.max(0, micros))]++;
            total++;
            max = Math.max(max, micros);
        }

        void add(Histogram other) {
            for (int i = 0; i < counts.length; i++) counts[i] += other.counts[i];
            total += other.total;
            max = Math.max(max, other.max);
        }

        /** The value at or below which `percent` of the recorded values lie (bucket's upper bound). */
        long percentile(double percent) {
            long rank = Math.max(1, (long) Math.ceil(percent / 100 * total));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) return Math.min(highest(i), max);
            }
            return max;
        }
    }

    /** One connection's schedule, socket and figures. */
    record Client(String scenario, int port, long interval, long start, long measureFrom, long end,
                  SplittableRandom random, Map<String, Long> env, Histogram histogram, long[] figures,
                  Exception[] failure) implements Runnable {

        String path() {
            return switch (scenario) {
                case "1" -> "/api/cars/" + random.nextLong(1, env.get("BENCH_CARS") + 1);
                case "2" -> "/api/cars?status=available&limit=20&offset=" + random.nextInt(0, 1001);
                case "3" -> "/api/cars?sellerId=" + (env.get("BENCH_FIRST_SELLER")
                        + random.nextLong(0, env.get("BENCH_SELLERS"))) + "&limit=20";
                default -> throw new IllegalArgumentException("scenario is 1, 2 or 3, not " + scenario);
            };
        }

        @Override
        public void run() {
            try (Socket socket = new Socket()) {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress("127.0.0.1", port));
                OutputStream out = socket.getOutputStream();
                InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                String tail = " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n";
                for (long intended = start; intended < end; intended += interval) {
                    long now = System.nanoTime();
                    if (now < intended) {
                        LockSupport.parkNanos(intended - now);
                        while ((now = System.nanoTime()) < intended) Thread.onSpinWait();
                    }
                    out.write(("GET " + path() + tail).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    int status = readResponse(in);
                    long done = System.nanoTime();
                    if (intended >= measureFrom) { // figures: sent, late, errors
                        figures[0]++;
                        if (now - intended > 1_000_000) figures[1]++;
                        if (status < 200 || status > 299) figures[2]++;
                        histogram.record((done - intended) / 1000);
                    }
                }
            } catch (Exception e) {
                failure[0] = e;
            }
        }

        /** Reads one response (Content-Length or chunked body) and returns its status. */
        static int readResponse(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).trim());
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            }
            if (chunked) {
                for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                    skip(in, size);
                    line(in);
                }
                while (!line(in).isEmpty()) { /* trailers */ }
            } else if (length > 0) {
                skip(in, length);
            }
            return status;
        }

        static void skip(InputStream in, long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) throw new IOException("connection closed in a response body");
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        static String line(InputStream in) throws IOException {
            StringBuilder text = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) throw new IOException("connection closed by the server");
                if (c != '\r') text.append((char) c);
            }
            return text.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--duration", "20", "--warmup", "5",
                "--connections", "16", "--port", "18080"));
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
        String scenario = options.get("--scenario");
        double rate = Double.parseDouble(options.get("--rate"));
        int connections = Integer.parseInt(options.get("--connections"));
        int port = Integer.parseInt(options.get("--port"));
        Map<String, Long> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("BENCH_") && value.trim().matches("[0-9]+")) env.put(name, Long.parseLong(value.trim()));
        });
        long interval = (long) (1e9 * connections / rate);
        long warmup = (long) (Double.parseDouble(options.get("--warmup")) * 1e9);
        long duration = (long) (Double.parseDouble(options.get("--duration")) * 1e9);
        long start = System.nanoTime() + 50_000_000;
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            // the connections' schedules are spread evenly over one interval, not all at once
            Client client = new Client(scenario, port, interval, start + c * interval / connections, start + warmup,
                    start + warmup + duration, new SplittableRandom(1_000_003L * c + System.nanoTime()), env,
                    new Histogram(), new long[3], new Exception[1]);
            clients.add(client);
            threads.add(Thread.ofPlatform().name("open-loop-" + c).start(client));
        }
        Histogram all = new Histogram();
        long errors = 0, late = 0, sent = 0;
        for (int c = 0; c < connections; c++) {
            threads.get(c).join();
            Client client = clients.get(c);
            if (client.failure[0] != null) {
                System.err.println("open-loop: connection " + c + " failed: " + client.failure[0]);
                errors++;
            }
            all.add(client.histogram);
            sent += client.figures[0]; late += client.figures[1]; errors += client.figures[2];
        }
        System.out.printf("RESULT rate=%.0f rps=%.1f p50=%.2f p99=%.2f p999=%.2f max=%.2f requests=%d errors=%d"
                + " late=%.1f%%%n",
                rate, sent / (duration / 1e9), all.percentile(50) / 1000.0, all.percentile(99) / 1000.0,
                all.percentile(99.9) / 1000.0, all.max / 1000.0, sent, errors, sent == 0 ? 0 : 100.0 * late / sent);
    }
}
