package velocity.ui.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.statushandlers.StatusManager;

import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteScriptOperation;
import velocity.core.operations.ExecuteScriptOperation.OnError;
import velocity.core.query.ResultColumn;
import velocity.core.query.ScriptListener;
import velocity.core.query.ScriptOutcome;
import velocity.core.query.ScriptStatement;
import velocity.core.query.StatementOutcome;
import velocity.core.query.StatementResult;
import velocity.ui.ErrorReporter;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;

/**
 * Runs a whole script in a job and gives each statement a tab of its own in the results' folder, after the
 * single statement's tab, as the statements run. A failed statement's error is handed to the editor to mark
 * in the text. Each result's first page is read in the job; the rest is abandoned, so memory stays bounded
 * whatever the script returns.
 */
final class ScriptRunner {

    private final CTabFolder folder;
    private final Label summary;
    private final Runnable onStateChange;
    private final List<ScriptTab> tabs = new ArrayList<>();
    private OperationJob<ScriptOutcome> job;
    private boolean disposed;

    ScriptRunner(CTabFolder folder, Runnable onStateChange) {
        this.folder = folder;
        this.onStateChange = onStateChange;
        summary = VelocityUi.name(new Label(folder, SWT.NONE), "sql.script.summary");
        folder.setTopRight(summary, SWT.RIGHT);
    }

    boolean isBusy() {
        return job != null;
    }

    /**
     * Connects when needed and runs the statements.
     *
     * @param onError gets each failed statement (not a cancelled one) with its error, on the UI thread
     */
    void run(String connectionName, List<ScriptStatement> statements, OnError mode, int base,
            BiConsumer<StatementFinder.Statement, VelocityException> onError) {
        if (job != null) {
            return;
        }
        clear();
        setSummary("Connecting to '" + connectionName + "'...");
        VelocityUi.connections().connect(connectionName, folder, connection -> start(connection, statements, mode, base,
                onError), () -> setSummary("Not connected to '" + connectionName + "'; the script did not run."));
    }

    private void start(ActiveConnection connection, List<ScriptStatement> statements, OnError mode, int base,
            BiConsumer<StatementFinder.Statement, VelocityException> onError) {
        if (disposed || job != null) {
            return;
        }
        setSummary("Running " + statements.size() + " statements on '" + connection.name() + "'...");
        Display display = folder.getDisplay();
        ScriptListener listener = new ScriptListener() {
            @Override
            public void starting(ScriptStatement statement, int index) {
                ui(display, () -> {
                    ScriptTab tab = new ScriptTab(folder, statement, index);
                    tabs.add(tab);
                    folder.setSelection(tab.item());
                });
            }

            @Override
            public void result(ScriptStatement statement, int index, StatementResult result) throws VelocityException {
                if (result instanceof StatementResult.Rows rows) {
                    List<ResultColumn> columns = rows.columns();
                    List<Object[]> page = rows.fetch(ScriptTab.ROWS_SHOWN).rows();
                    ui(display, () -> tab(index).showRows(columns, page));
                }
            }

            @Override
            public void finished(StatementOutcome outcome) {
                ui(display, () -> {
                    ScriptTab tab = tab(outcome.index());
                    tab.finish(outcome);
                    if (outcome.failed() && !outcome.cancelled()) {
                        folder.setSelection(tab.item());
                        StatusManager.getManager().handle(ErrorReporter.status("Running statement " + (outcome.index() + 1)
                                + " of a script on '" + connection.name() + "'", outcome.error()), StatusManager.LOG);
                        onError.accept(StatementFinder.at(outcome.statement(), base), outcome.error());
                    }
                });
            }
        };
        OperationJob<ScriptOutcome> started = OperationJob.of(new ExecuteScriptOperation(connection, statements, mode, 0,
                listener)).reportErrors(false);
        job = started;
        started.onSuccess(outcome -> {
            job = null;
            if (!disposed) {
                setSummary(summaryText(outcome));
                onStateChange.run();
            }
        }).onFailure(error -> {
            job = null;
            if (!disposed) {
                setSummary("The script did not run: " + error.getMessage());
                onStateChange.run();
            }
        });
        started.setPriority(Job.LONG);
        started.schedule();
        onStateChange.run();
    }

    private ScriptTab tab(int index) {
        return tabs.get(index);
    }

    /** Cancels the running statement on the server and the rest of the script. */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    void dispose() {
        disposed = true;
        cancel();
    }

    /** Removes the tabs of the last script. */
    void clear() {
        for (ScriptTab tab : tabs) {
            tab.dispose();
        }
        tabs.clear();
        setSummary("");
    }

    static String summaryText(ScriptOutcome outcome) {
        long failed = outcome.failures();
        StringBuilder sb = new StringBuilder().append(outcome.statementCount())
                .append(outcome.statementCount() == 1 ? " statement: " : " statements: ")
                .append(outcome.outcomes().size() - failed).append(" succeeded, ").append(failed).append(" failed");
        if (outcome.skipped() > 0) {
            sb.append(", ").append(outcome.skipped()).append(" not run");
        }
        if (outcome.cancelled()) {
            sb.append(", cancelled");
        }
        return sb.append(", ").append(outcome.elapsedMillis()).append(" ms").toString();
    }

    private void setSummary(String text) {
        if (!summary.isDisposed()) {
            summary.setText(text);
            folder.layout(true, true);
        }
    }

    /** Runs on the UI thread in order, unless the editor has closed meanwhile. */
    private void ui(Display display, Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!disposed && !folder.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
