package velocity.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.VelocityOperation;

/**
 * Runs a core operation in a job, so the UI thread never waits on a database. The job shows progress,
 * cancelling it cancels the statement on the server, and its outcome is handed to the UI thread: the result
 * to {@code onSuccess}, a failure to {@code onFailure} and to the {@link ErrorReporter} (unless it was a
 * cancellation). When an owner widget is given and gets disposed first, the outcome is dropped.
 *
 * <pre>
 * OperationJob.of(new ListTablesOperation(connection, schema))
 *     .owner(tree)
 *     .onSuccess(tables -&gt; show(tables))
 *     .schedule();
 * </pre>
 */
public final class OperationJob<T> extends Job {

    private final VelocityOperation<T> operation;
    private volatile Monitor monitor;
    private Widget owner;
    private Consumer<? super T> onSuccess = t -> { };
    private Consumer<? super VelocityException> onFailure = e -> { };
    private boolean reportErrors = true;
    private String unitsDone;

    private OperationJob(VelocityOperation<T> operation) {
        super(operation.label());
        this.operation = operation;
    }

    /** A job for an operation; call {@link #schedule()} to start it. */
    public static <T> OperationJob<T> of(VelocityOperation<T> operation) {
        return new OperationJob<>(operation);
    }

    /** The widget whose disposal makes the outcome irrelevant. */
    public OperationJob<T> owner(Widget widget) {
        this.owner = widget;
        return this;
    }

    /** Called on the UI thread with the result. */
    public OperationJob<T> onSuccess(Consumer<? super T> consumer) {
        this.onSuccess = consumer;
        return this;
    }

    /** Called on the UI thread with a failure or cancellation, after it has been reported. */
    public OperationJob<T> onFailure(Consumer<? super VelocityException> consumer) {
        this.onFailure = consumer;
        return this;
    }

    /** Whether failures go to the error reporter (default); off for callers that show errors in place. */
    public OperationJob<T> reportErrors(boolean report) {
        this.reportErrors = report;
        return this;
    }

    /**
     * Shows the work done so far as a count, e.g. {@code "rows written"} for "12,000 rows written", for
     * operations whose progress is a number of units rather than a fraction of a known total.
     */
    public OperationJob<T> unitsDone(String description) {
        this.unitsDone = description;
        return this;
    }

    @Override
    protected IStatus run(IProgressMonitor progress) {
        progress.beginTask(operation.label(), IProgressMonitor.UNKNOWN);
        Monitor m = Monitor.create(new Monitor.ProgressListener() {
            private long done;

            @Override
            public void task(String name, long totalWork) {
                progress.subTask(name);
            }

            @Override
            public void worked(long units) {
                if (unitsDone != null) {
                    done += units;
                    progress.subTask(String.format("%,d %s", done, unitsDone));
                }
                progress.worked((int) Math.min(Integer.MAX_VALUE, units));
            }
        });
        monitor = m;
        if (progress.isCanceled()) {
            m.cancel();
        }
        try {
            T result = operation.run(m);
            deliver(() -> onSuccess.accept(result));
            return Status.OK_STATUS;
        } catch (VelocityException e) {
            boolean cancelled = e.kind() == ErrorKind.CANCELLED || m.isCancelled();
            if (reportErrors && !cancelled) {
                ErrorReporter.report(operation.label(), e);
            }
            deliver(() -> onFailure.accept(e));
            return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (RuntimeException e) {
            VelocityException wrapped = new VelocityException(ErrorKind.OTHER, e.toString(), e);
            ErrorReporter.report(operation.label(), e);
            deliver(() -> onFailure.accept(wrapped));
            return Status.OK_STATUS;
        } finally {
            progress.done();
        }
    }

    @Override
    protected void canceling() {
        Monitor m = monitor;
        if (m != null) {
            m.cancel();
        }
    }

    private void deliver(Runnable runnable) {
        Display display = owner != null && !owner.isDisposed() ? owner.getDisplay() : Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (owner == null || !owner.isDisposed()) {
                runnable.run();
            }
        });
    }
}
