package velocity.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Progress and cancellation for one operation. Thread-safe: the operation works on one thread while the
 * user (a UI Job, a console signal, a test) cancels from another. Work that blocks in the database
 * registers a cancel hook (for instance {@code Statement::cancel}) so that a cancel interrupts it at once
 * instead of waiting for the next poll.
 */
public final class Monitor {

    /** Receives progress; the UI adapts it to an IProgressMonitor. */
    public interface ProgressListener {
        /** A new phase of the work; {@code totalWork} is -1 when unknown. */
        void task(String name, long totalWork);

        /** Units of work done since the last call. */
        void worked(long units);
    }

    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();
    private final ProgressListener listener;
    private volatile boolean cancelled;

    private Monitor(ProgressListener listener) {
        this.listener = listener;
    }

    /** A monitor nobody watches, cancellable through {@link #cancel()}. */
    public static Monitor create() {
        return new Monitor(null);
    }

    /** A monitor that reports progress to the given listener. */
    public static Monitor create(ProgressListener listener) {
        return new Monitor(listener);
    }

    /** Cancels the operation: runs every registered hook once, on the calling thread. */
    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                // A hook that fails (the statement already closed, say) must not keep the others from running.
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link ErrorKind#CANCELLED} if the operation was cancelled. */
    public void checkCancelled(String what) throws VelocityException {
        if (cancelled) {
            throw VelocityException.cancelled(what);
        }
    }

    /**
     * Runs {@code hook} when the monitor is cancelled (at once if it already is) until the returned
     * registration is closed.
     */
    public Registration onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> hooks.remove(hook);
    }

    public void task(String name, long totalWork) {
        if (listener != null) {
            listener.task(name, totalWork);
        }
    }

    public void worked(long units) {
        if (listener != null) {
            listener.worked(units);
        }
    }

    /** A cancel hook's registration; closing it removes the hook. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
