package dev.carlot.app.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real tmpfs mounted for a test (we run as root in CI); a test assumes it away where mounting is refused. */
final class Tmpfs {
    private Tmpfs() {
    }

    /** Mounts a tmpfs with {@code options} (e.g. {@code size=160m}, {@code ro,size=1m}) on {@code dir}. */
    static boolean mount(Path dir, String options) {
        return run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()));
    }

    static void unmount(Path dir) {
        run(List.of("umount", "-l", dir.toString()));
    }

    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
