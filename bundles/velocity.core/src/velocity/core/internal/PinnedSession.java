package velocity.core.internal;

import java.sql.Connection;
import java.sql.SQLException;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.QuerySession;

/** A borrowed connection on which statements run one at a time; each execution leaves it open. */
public final class PinnedSession implements QuerySession {

    /** Starts an execution on the held connection. */
    @FunctionalInterface
    public interface Starter {
        QueryExecution start(Connection connection, QueryRequest request, Monitor monitor) throws VelocityException;
    }

    private final Connection connection;
    private final Starter starter;
    private QueryExecution current;
    private boolean closed;

    public PinnedSession(Connection connection, Starter starter) {
        this.connection = connection;
        this.starter = starter;
    }

    @Override
    public QueryExecution execute(QueryRequest request, Monitor monitor) throws VelocityException {
        if (closed) {
            throw new IllegalStateException("The session is closed.");
        }
        closeCurrent();
        current = starter.start(connection, request, monitor);
        return current;
    }

    private void closeCurrent() throws VelocityException {
        QueryExecution previous = current;
        current = null;
        if (previous != null) {
            previous.close();
        }
    }

    @Override
    public void close() throws VelocityException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeCurrent();
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // Returned to the pool whatever happens; the pool resets a connection in an unknown state.
            }
        }
    }
}
