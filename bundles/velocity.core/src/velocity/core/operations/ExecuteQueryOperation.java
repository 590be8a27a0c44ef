package velocity.core.operations;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
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
        return RecordingExecution.execute(connection.history(), connection.name(), request.sql(),
                () -> connection.execute(request, monitor));
    }
}
