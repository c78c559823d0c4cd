package dev.carlot.persistence.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OS lock on a data directory's lock file, held as long as this process runs the server.
 * The kernel drops it when the process dies, however it dies, so a stale lock cannot exist.
 */
final class DirectoryLock implements AutoCloseable {
    /*
     * File locks belong to the process, and closing any channel on the file releases them all.
     * A second attempt from this JVM must therefore not even open the file, so the JVM keeps
     * its own list of the lock files it holds.
     */
    private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private DirectoryLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** The lock, or empty when another process (or another open in this one) holds it. */
    static Optional<DirectoryLock> tryAcquire(Path lockFile) throws IOException {
        Path file = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
        if (!HELD_BY_THIS_PROCESS.add(file)) {
            return Optional.empty();
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                HELD_BY_THIS_PROCESS.remove(file);
                return Optional.empty();
            }
            return Optional.of(new DirectoryLock(file, channel));
        } catch (IOException | RuntimeException e) {
            HELD_BY_THIS_PROCESS.remove(file);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Locked through a channel this class did not open; treat it like any other holder.
            return null;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // The kernel releases the lock with the descriptor whatever close() reports.
            System.getLogger(DirectoryLock.class.getName())
                    .log(System.Logger.Level.DEBUG, "closing " + file + " failed: " + e.getMessage());
        } finally {
            HELD_BY_THIS_PROCESS.remove(file);
        }
    }
}
