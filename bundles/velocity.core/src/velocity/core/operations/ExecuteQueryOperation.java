package velocity.core.operations;

import java.time.Instant;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.history.HistoryEntry;
import velocity.core.history.QueryHistory;
import velocity.core.internal.RecordingExecution;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;

/**
 * Runs a statement and hands back its streaming results; the caller reads pages and closes the execution.
 * Cancelling the monitor cancels the statement on the server. The statement goes to the connection's
 * {@linkplain ActiveConnection#history() query history}, with its outcome, unless recording is off.
 */
public final class ExecuteQueryOperation implements VelocityOperation<QueryExecution> {

    private final ActiveConnection connection;
    private final QueryRequest request;

    public ExecuteQueryOperation(ActiveConnection connection, QueryRequest request) {
        this.connection = connection;
        this.request = request;
    }

    @Override
    public String label() {
        return "Running a statement on '" + connection.name() + "'";
    }

    @Override
    public QueryExecution run(Monitor monitor) throws VelocityException {
        QueryHistory history = connection.history();
        if (!history.isRecording()) {
            return connection.execute(request, monitor);
        }
        Instant started = Instant.now();
        long start = System.nanoTime();
        QueryExecution execution;
        try {
            execution = connection.execute(request, monitor);
        } catch (VelocityException | RuntimeException e) {
            history.record(HistoryEntry.failed(connection.name(), started, (System.nanoTime() - start) / 1_000_000,
                    e.getMessage(), request.sql()));
            throw e;
        }
        return new RecordingExecution(execution, history, connection.name(), request.sql(), started);
    }
}
