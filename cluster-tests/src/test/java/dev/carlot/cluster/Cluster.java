package dev.carlot.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cluster made by the operator's own recipe, {@code cluster/up}, stopped by {@code cluster/down};
 * its ports, PIDs and passwords are read from the files the recipe writes. Carlot servers get
 * cheap bcrypt and a registration budget large enough for the tests' sixty accounts, all from
 * 127.0.0.1.
 */
final class Cluster implements AutoCloseable {
    private static final Path ROOT = Path.of(System.getProperty("carlot.root", "..")).toAbsolutePath().normalize();

    private final Path base;
    private final Path dir;
    private Map<String, String> state;

    private Cluster(Path base) {
        this.base = base;
        this.dir = base.resolve("cluster");
    }

    static Cluster up() {
        try {
            // cluster/up runs PostgreSQL and PgBouncer as 'nobody', who must reach the directory
            Path base = Files.createTempDirectory("carlot-cluster", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx--x--x")));
            Cluster cluster = new Cluster(base);
            Path plugins = notesPlugin(Files.createDirectories(base.resolve("plugins")));
            // C1 only: the servers start sooner on a busy machine, and these tests measure no throughput
            cluster.script("up", Map.of("CARLOT_BCRYPT_COST", "4",
                            "CLUSTER_JAVA_OPTS", "-Xms64m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"), "--dir", cluster.dir.toString(),
                    "--plugins", plugins.toString(), "--",
                    "--carlot.accounts.register-limit.client-attempts=100000");
            cluster.state = cluster.read();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A plugins directory holding the notes fixture plugin (plugin-fixtures/notes: a schema and a
     * role of its own), which every server of the cluster loads: the plugin's transactions then
     * share PgBouncer's transaction pool with the core's.
     */
    private static Path notesPlugin(Path plugins) throws IOException {
        Path target = ROOT.resolve("plugin-fixtures/notes/target");
        Path jar;
        try (Stream<Path> jars = Files.list(target)) {
            jar = jars.filter(p -> p.getFileName().toString().matches("plugin-fixture-notes-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no plugin-fixture-notes jar in " + target));
        }
        Path folder = Files.createDirectories(plugins.resolve("notes"));
        Files.copy(jar, folder.resolve("plugin-fixture-notes.jar"));
        Files.writeString(folder.resolve("plugin.properties"),
                "name=notes\nversion=1.0.0\napi=[1.0,2.0)\ndescription=A test plugin with a schema of its own\n");
        return plugins;
    }

    /**
     * Every Carlot server alone, in the order cluster/up numbered them: through HAProxy's port for
     * that server, since a Carlot port answers only connections that begin with a PROXY header.
     */
    List<Api> servers() {
        return Arrays.stream(value("SERVER_PORTS").split(" ")).map(port -> Api.at(port(port))).toList();
    }

    /** The Carlot servers' own ports, which HAProxy connects to. */
    List<Integer> carlotPorts() {
        return Arrays.stream(value("CARLOT_PORTS").split(" ")).map(Cluster::port).toList();
    }

    /** The address clients use: HAProxy. */
    Api front() {
        return Api.at(port(value("HAPROXY_PORT")));
    }

    /** SIGKILL to a process cluster/up started ({@code primary}, {@code carlot-2}, ...), and waits until it is gone. */
    void kill9(String name) {
        long pid = Long.parseLong(value("PID_" + name.replace('-', '_')));
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " does not run"));
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(name + " (pid " + pid + ") survived SIGKILL", e);
        }
    }

    /** cluster/failover: promote the standby, point PgBouncer at it. */
    void failover() {
        script("failover", Map.of(), "--dir", dir.toString());
        state = read();
    }

    /** A connection to the server that takes writes now, as its superuser. */
    Connection primary() {
        return connect(value("WRITE_PORT"), "carlot", "postgres", value("SUPERUSER_PASSWORD"));
    }

    /** A command on PgBouncer's admin console (SHOW POOLS, SHOW SERVERS, ...): each row maps column to value. */
    List<Map<String, String>> pgbouncer(String command) {
        return PgBouncerConsole.rows(value("PGBOUNCER_PORT"), value("PGBOUNCER_ADMIN_PASSWORD"), command);
    }

    /** Through PgBouncer as the application role, with {@code parameters} (e.g. prepareThreshold) in the URL. */
    Connection throughPgBouncer(String parameters) {
        return connect("jdbc:postgresql://127.0.0.1:" + value("PGBOUNCER_PORT") + "/carlot?" + parameters,
                login("carlot_app", value("APP_PASSWORD")));
    }

    private Connection connect(String port, String database, String user, String password) {
        return connect(port, database, login(user, password));
    }

    private Connection connect(String port, String database, Properties login) {
        return connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, login);
    }

    private static Connection connect(String url, Properties login) {
        try {
            return DriverManager.getConnection(url, login);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    private static Properties login(String user, String password) {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "5");
        login.setProperty("socketTimeout", "30");
        return login;
    }

    String value(String key) {
        String value = state.get(key);
        if (value == null) {
            throw new IllegalStateException("cluster/up recorded no " + key + " in " + dir);
        }
        return value;
    }

    private static int port(String text) {
        return Integer.parseInt(text.strip());
    }

    /** The last lines of a process's log, for failure messages. */
    String log(String name) {
        List<String> lines = read(dir.resolve("logs/" + name + ".log")).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private Map<String, String> read() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String file : List.of("cluster.env", "secrets.env")) {
            read(dir.resolve(file)).lines().filter(line -> !line.startsWith("#") && line.contains("="))
                    .forEach(line -> values.put(line.substring(0, line.indexOf('=')),
                            line.substring(line.indexOf('=') + 1).replace("\"", "")));
        }
        return values;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private void script(String name, Map<String, String> environment, String... args) {
        List<String> command = Stream.concat(Stream.of(ROOT.resolve("cluster/" + name).toString()), Arrays.stream(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve(name + ".out").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            if (!process.waitFor(Duration.ofMinutes(4).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("cluster/" + name + " did not finish within 4 minutes:\n" + read(base.resolve(name + ".out")));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("cluster/" + name + " failed:\n" + read(base.resolve(name + ".out")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            script("down", Map.of(), "--dir", dir.toString());
        } finally {
            if (!Boolean.getBoolean("carlot.cluster.keep")) {
                try (Stream<Path> files = Files.walk(base)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    // a temporary directory left behind is not worth failing the run for
                }
            }
        }
    }
}
