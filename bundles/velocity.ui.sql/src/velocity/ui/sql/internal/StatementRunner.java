package velocity.ui.sql.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.statushandlers.StatusManager;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.query.QueryExecution;
import velocity.ui.ErrorReporter;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;

/**
 * Runs an editor's statements one at a time and owns the execution of the last one, which holds a pooled
 * connection while its rows are read: it is closed when the next statement runs and when the editor
 * closes. SQL errors are shown in place and logged, never in a dialog, since they are the user's daily
 * work rather than failures of Velocity.
 */
final class StatementRunner {

    private final ResultsPanel panel;
    private final Control owner;
    private final Runnable onStateChange;
    private OperationJob<RunStatementOperation.Outcome> job;
    private QueryExecution execution;
    private long startNanos;
    private boolean disposed;

    StatementRunner(ResultsPanel panel, Control owner, Runnable onStateChange) {
        this.panel = panel;
        this.owner = owner;
        this.onStateChange = onStateChange;
        panel.grid().addListener(onStateChange);
    }

    /** Whether a statement runs or its rows are being fetched. */
    boolean isBusy() {
        return job != null || panel.grid().isFetching();
    }

    /** Connects when needed and runs the statement; {@code onError} gets a failure that is not a cancel. */
    void run(String connectionName, String sql, Consumer<VelocityException> onError) {
        if (job != null) {
            panel.showNotice("A statement is still running on '" + connectionName + "': cancel it first.");
            return;
        }
        closeExecution();
        panel.showRunning("Connecting to '" + connectionName + "'...");
        VelocityUi.connections().connect(connectionName, owner, connection -> start(connection, sql, onError), () -> {
            if (!disposed) {
                panel.showNotice("Not connected to '" + connectionName + "'; the statement did not run.");
                onStateChange.run();
            }
        });
    }

    private void start(ActiveConnection connection, String sql, Consumer<VelocityException> onError) {
        if (disposed || job != null) {
            return;
        }
        panel.showRunning("Running on '" + connection.name() + "'...");
        startNanos = System.nanoTime();
        OperationJob<RunStatementOperation.Outcome> started = OperationJob.of(new RunStatementOperation(connection, sql))
                .reportErrors(false);
        job = started;
        // No owner widget: the outcome must arrive even after the editor closed, to close its execution.
        started.onSuccess(outcome -> {
            job = null;
            if (disposed) {
                close(outcome.execution());
                return;
            }
            execution = outcome.execution();
            panel.showOutcome(connection.name(), outcome);
            if (outcome.rows() != null) {
                panel.grid().setQuery(sql);
            }
            onStateChange.run();
        }).onFailure(error -> {
            job = null;
            if (!disposed) {
                failed(connection.name(), error, onError);
                onStateChange.run();
            }
        });
        started.schedule();
        onStateChange.run();
    }

    private void failed(String connectionName, VelocityException error, Consumer<VelocityException> onError) {
        if (error.kind() == ErrorKind.CANCELLED) {
            panel.showCancelled(elapsedMillis());
            return;
        }
        panel.showError(error);
        StatusManager.getManager().handle(ErrorReporter.status("Running a statement on '" + connectionName + "'", error),
                StatusManager.LOG);
        onError.accept(error);
    }

    /** Cancels the running statement, or the fetching of its rows. */
    void cancel() {
        if (job != null) {
            job.cancel();
        } else if (execution != null && panel.grid().isFetching()) {
            panel.grid().cancelFetch();
            execution.cancel();
            panel.showCancelled(elapsedMillis());
        }
    }

    void dispose() {
        disposed = true;
        if (job != null) {
            job.cancel();
        }
        closeExecution();
    }

    private void closeExecution() {
        QueryExecution previous = execution;
        execution = null;
        if (previous == null) {
            return;
        }
        if (panel.grid().isFetching()) {
            panel.grid().cancelFetch();
            previous.cancel();
        }
        if (!panel.grid().control().isDisposed()) {
            panel.grid().clear();
        }
        close(previous);
    }

    /** Closes an execution in a job: closing talks to the server (commit, abandoning a cursor). */
    private static void close(QueryExecution done) {
        Job closing = Job.create("Closing the results of a statement", monitor -> {
            try {
                done.close();
            } catch (VelocityException e) {
                ILog.of(StatementRunner.class).log(Status.warning("Closing a statement's results: " + e.getMessage(), e));
            }
        });
        closing.setSystem(true);
        closing.schedule();
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
