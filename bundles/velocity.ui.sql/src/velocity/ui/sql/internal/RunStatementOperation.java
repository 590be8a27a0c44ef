package velocity.ui.sql.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteQueryOperation;
import velocity.core.operations.VelocityOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.StatementResult;

/**
 * Runs a statement and reads its results up to the first rows: the update counts before them are kept (a
 * script of changes ends there, committed), the rows are left to the grid, which fetches them page by page.
 * Asking for a later result would discard the unread rows, so the results after the first rows are not
 * read.
 */
final class RunStatementOperation implements VelocityOperation<RunStatementOperation.Outcome> {

    /**
     * What a statement gave.
     *
     * @param execution the execution, still open: the caller closes it
     * @param rows the first rows, or {@code null} when the statement returned none
     * @param updateCounts the update counts before the rows, in order
     */
    record Outcome(QueryExecution execution, StatementResult.Rows rows, List<Long> updateCounts) {
    }

    private final ExecuteQueryOperation execute;

    RunStatementOperation(ActiveConnection connection, String sql) {
        this.execute = new ExecuteQueryOperation(connection, QueryRequest.of(sql));
    }

    @Override
    public String label() {
        return execute.label();
    }

    @Override
    public Outcome run(Monitor monitor) throws VelocityException {
        QueryExecution execution = execute.run(monitor);
        try {
            List<Long> counts = new ArrayList<>();
            for (StatementResult result = execution.nextResult(); result != null; result = execution.nextResult()) {
                if (result instanceof StatementResult.Rows rows) {
                    return new Outcome(execution, rows, counts);
                }
                counts.add(((StatementResult.UpdateCount) result).count());
            }
            return new Outcome(execution, null, counts);
        } catch (VelocityException | RuntimeException e) {
            try {
                execution.close();
            } catch (VelocityException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
