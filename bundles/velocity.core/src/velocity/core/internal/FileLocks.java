package velocity.core.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to a file shared by several processes (the workbench and the command line): a lock on a
 * companion file that is never replaced, so a file that is rewritten by a rename stays guarded. Threads of
 * one process queue on a lock of their own first, since a process cannot hold two locks on one file.
 */
public final class FileLocks {

    /** Work done while holding the lock. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    private static final Map<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    /** Runs the work while holding the lock of {@code lockFile}, creating it (and its folder) when absent. */
    public static <T> T withLock(Path lockFile, Work<T> work) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(key.getParent());
            try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }
}
