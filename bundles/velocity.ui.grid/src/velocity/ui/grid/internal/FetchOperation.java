package velocity.ui.grid.internal;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.VelocityOperation;
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;

/** Reads the next rows of a streaming result, so the grid can run it in an OperationJob. */
public final class FetchOperation implements VelocityOperation<RowPage> {

    private final String connectionName;
    private final StatementResult.Rows rows;
    private final int maxRows;

    public FetchOperation(String connectionName, StatementResult.Rows rows, int maxRows) {
        this.connectionName = connectionName;
        this.rows = rows;
        this.maxRows = maxRows;
    }

    @Override
    public String label() {
        return "Fetching rows from '" + connectionName + "'";
    }

    @Override
    public RowPage run(Monitor monitor) throws VelocityException {
        monitor.checkCancelled(label());
        monitor.task(label(), -1);
        return rows.fetch(maxRows);
    }
}
