package velocity.core.query;

import velocity.core.Monitor;
import velocity.core.VelocityException;

/**
 * One connection held for a series of statements, run one after the other. Starting a statement closes
 * the previous one's results. Not thread-safe, except {@link QueryExecution#cancel()}.
 */
public interface QuerySession extends AutoCloseable {

    /** Sends a statement and waits for its first result; the monitor's cancel stops it on the server. */
    QueryExecution execute(QueryRequest request, Monitor monitor) throws VelocityException;

    /** Closes the last statement's results and returns the connection to the pool. */
    @Override
    void close() throws VelocityException;
}
