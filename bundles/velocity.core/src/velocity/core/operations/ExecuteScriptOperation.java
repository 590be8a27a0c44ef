package velocity.core.operations;

import java.util.ArrayList;
import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.internal.RecordingExecution;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.QuerySession;
import velocity.core.query.ScriptListener;
import velocity.core.query.ScriptOutcome;
import velocity.core.query.ScriptStatement;
import velocity.core.query.StatementOutcome;
import velocity.core.query.StatementResult;

/**
 * Runs a script's statements in order on one connection of the pool, so that what one statement sets up
 * (a SET, a temporary table, a transaction) holds for the next. Each result streams into the listener. A
 * failed statement stops the script or, when asked, the script goes on with the next one; a cancel stops
 * the running statement on the server and the script with it.
 */
public final class ExecuteScriptOperation implements VelocityOperation<ScriptOutcome> {

    /** What a failed statement does to the rest of the script. */
    public enum OnError {
        /** The statements after it do not run. */
        STOP,
        /** The statements after it run all the same. */
        CONTINUE
    }

    private final ActiveConnection connection;
    private final List<ScriptStatement> statements;
    private final OnError onError;
    private final int timeoutSeconds;
    private final ScriptListener listener;

    /** Splits the script with the connection's dialect; no statement timeout. */
    public ExecuteScriptOperation(ActiveConnection connection, String script, OnError onError, ScriptListener listener) {
        this(connection, connection.dialect().scripts().split(script), onError, 0, listener);
    }

    /**
     * @param statements the statements, as split by the connection's dialect
     * @param timeoutSeconds each statement's timeout, 0 for none
     */
    public ExecuteScriptOperation(ActiveConnection connection, List<ScriptStatement> statements, OnError onError,
            int timeoutSeconds, ScriptListener listener) {
        this.connection = connection;
        this.statements = List.copyOf(statements);
        this.onError = onError;
        this.timeoutSeconds = timeoutSeconds;
        this.listener = listener;
    }

    @Override
    public String label() {
        return "Running a script of " + statements.size() + (statements.size() == 1 ? " statement" : " statements")
                + " on '" + connection.name() + "'";
    }

    @Override
    public ScriptOutcome run(Monitor monitor) throws VelocityException {
        long start = System.nanoTime();
        List<StatementOutcome> outcomes = new ArrayList<>();
        boolean cancelled = false;
        monitor.task(label(), statements.size());
        try (QuerySession session = connection.openSession(monitor)) {
            for (int i = 0; i < statements.size(); i++) {
                if (monitor.isCancelled()) {
                    cancelled = true;
                    break;
                }
                StatementOutcome outcome = runStatement(session, statements.get(i), i, monitor);
                outcomes.add(outcome);
                listener.finished(outcome);
                monitor.worked(1);
                if (outcome.cancelled() && monitor.isCancelled()) {
                    cancelled = true;
                    break;
                }
                if (outcome.failed() && (onError == OnError.STOP || outcome.error().kind() == ErrorKind.CONNECTION_LOST)) {
                    break;
                }
            }
        }
        return new ScriptOutcome(statements.size(), outcomes, cancelled || monitor.isCancelled(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs one statement and hands its results to the listener: every statement of a script passes here. */
    private StatementOutcome runStatement(QuerySession session, ScriptStatement statement, int index, Monitor monitor) {
        listener.starting(statement, index);
        long start = System.nanoTime();
        long rows = -1;
        boolean allRead = true;
        long updated = -1;
        VelocityException error = null;
        try {
            // Each statement is a history entry of its own, as if it had been run alone.
            QueryRequest request = new QueryRequest(statement.text(), QueryRequest.DEFAULT_PAGE_SIZE, timeoutSeconds);
            QueryExecution execution = RecordingExecution.execute(connection.history(), connection.name(),
                    statement.text(), () -> session.execute(request, monitor));
            for (StatementResult result = execution.nextResult(); result != null; result = execution.nextResult()) {
                listener.result(statement, index, result);
                if (result instanceof StatementResult.Rows r) {
                    rows = Math.max(rows, 0) + r.rowsFetched();
                    if (!r.exhausted()) {
                        // The listener wanted no more: closing (below) abandons the rest at once (asking for the
                        // next result would read it all on MySQL), at the price of the results after it.
                        allRead = false;
                        break;
                    }
                } else {
                    updated = Math.max(updated, 0) + ((StatementResult.UpdateCount) result).count();
                }
            }
            execution.close();
        } catch (VelocityException e) {
            error = e;
        }
        return new StatementOutcome(statement, index, rows, allRead, updated, (System.nanoTime() - start) / 1_000_000,
                error);
    }
}
