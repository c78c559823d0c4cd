package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios 6 and 7 of docs/reliability.md, as an operator meets them: {@code carlot serve} on a
 * damaged or unusable data directory ends by itself with exit code 4 (3 for a path that cannot
 * be right) and one line on stderr saying what is wrong and what to do, and changes nothing in
 * the directory. How fast it ends is not asserted: the bounded wait only turns a hang into a
 * clear failure.
 */
@Tag("faults")
@Timeout(300)
class BrokenDataDirectoryTest {
    /** A hang guard, not a property: a refusal ends as soon as the JVM has looked at the directory. */
    private static final Duration HANG = Duration.ofSeconds(90);

    @TempDir
    Path temp;
    Path data;

    record Exit(int code, String stderr) {
    }

    @BeforeEach
    void dataDirectory() {
        data = temp.resolve("data");
    }

    private Exit serve() throws IOException, InterruptedException {
        Path err = temp.resolve("serve.err");
        List<String> command = new ArrayList<>(List.of("--port=0", "--seed-on-start=false"));
        Process jvm = CarlotProcess.start(Map.of("CARLOT_BACKEND", "embedded", "CARLOT_DATA_DIR", data.toString()),
                temp.resolve("serve.out"), err, prepend("serve", command));
        if (!jvm.waitFor(HANG.toSeconds(), TimeUnit.SECONDS)) {
            jvm.destroyForcibly();
            throw new AssertionError("serve did not exit on a directory it must refuse (it should not have started):\n"
                    + Files.readString(temp.resolve("serve.out")) + Files.readString(err));
        }
        return new Exit(jvm.exitValue(), Files.readString(err));
    }

    private static String[] prepend(String first, List<String> rest) {
        var all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    /** A cluster made by a real first start, stopped cleanly. */
    private void anExistingCluster() throws Exception {
        Process migrate = CarlotProcess.start(Map.of("CARLOT_BACKEND", "embedded", "CARLOT_DATA_DIR", data.toString()),
                temp.resolve("migrate.out"), temp.resolve("migrate.err"), "migrate");
        assertTrue(migrate.waitFor(120, TimeUnit.SECONDS), "migrate did not finish");
        assertEquals(0, migrate.exitValue(), Files.readString(temp.resolve("migrate.err")));
    }

    private void assertRefused(Exit exit, int code, String... phrases) {
        assertEquals(code, exit.code(), exit.stderr());
        List<String> lines = exit.stderr().lines().filter(l -> l.startsWith("carlot: ")).toList();
        assertEquals(1, lines.size(), exit.stderr());
        for (String phrase : phrases) {
            assertTrue(lines.getFirst().contains(phrase), "'" + phrase + "' not in: " + lines.getFirst());
        }
    }

    @Test
    void aDamagedControlFileIsRefusedAndNothingIsTouched() throws Exception {
        anExistingCluster();
        try (var file = new RandomAccessFile(data.resolve("postgres/global/pg_control").toFile(), "rw")) {
            file.seek(16);
            file.write(new byte[64]);
        }
        var before = DirectoryFingerprint.of(data);

        assertRefused(serve(), 4, "control file", "restore the data directory from a backup");
        assertEquals(before, DirectoryFingerprint.of(data));
    }

    @Test
    void aMissingWalSegmentIsRefusedAndNothingIsTouched() throws Exception {
        anExistingCluster();
        try (Stream<Path> wal = Files.list(data.resolve("postgres/pg_wal"))) {
            for (Path segment : wal.filter(p -> p.getFileName().toString().matches("[0-9A-F]{24}")).toList()) {
                Files.delete(segment);
            }
        }
        var before = DirectoryFingerprint.of(data);

        assertRefused(serve(), 4, "checkpoint", "restore the data directory from a backup");
        assertEquals(before, DirectoryFingerprint.of(data));
    }

    @Test
    void aHalfFinishedFirstStartIsRefusedAndNothingIsTouched() throws Exception {
        Files.createDirectories(data.resolve("postgres/global"));
        Files.writeString(data.resolve("postgres/PG_VERSION"), "18\n");
        Files.writeString(data.resolve("carlot.lock"), "");
        Files.writeString(data.resolve("carlot-credentials.new"), "secret\n");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        var before = DirectoryFingerprint.of(data);

        assertRefused(serve(), 4, "interrupted", "delete the directory");
        assertEquals(before, DirectoryFingerprint.of(data));
    }

    @Test
    void aClusterOpenToOtherUsersIsRefusedWithWhatToChange() throws Exception {
        anExistingCluster();
        Files.setPosixFilePermissions(data.resolve("postgres"), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertRefused(serve(), 4, "permissions", "chmod 700");
    }

    @Test
    void anUnwritableParentIsNamed() throws Exception {
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        Assumptions.assumeTrue(Tmpfs.mount(readOnly, "ro,size=1m"), "mounting a tmpfs is not permitted here");
        try {
            data = readOnly.resolve("data");

            assertRefused(serve(), 4, "cannot use data directory " + data, "Read-only file system");
        } finally {
            Tmpfs.unmount(readOnly);
        }
    }

    @Test
    void aMissingParentIsNamedAndNotCreated() throws Exception {
        data = temp.resolve("no/such/place/data");

        assertRefused(serve(), 3, "does not exist", temp.resolve("no/such/place").toString());
        assertFalse(Files.exists(temp.resolve("no")));
    }
}
