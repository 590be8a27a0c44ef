package velocity.core.operations;

import velocity.core.Monitor;
import velocity.core.VelocityException;

/**
 * One user action, runnable headless (the command line, tests) or inside a UI Job. It blocks the calling
 * thread and stops early when the monitor is cancelled.
 *
 * @param <T> what the action produces
 */
public interface VelocityOperation<T> {

    /** What the action does, for progress and error messages. */
    String label();

    T run(Monitor monitor) throws VelocityException;
}
