package velocity.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariDataSource;

import velocity.core.history.QueryHistory;
import velocity.core.internal.Errors;
import velocity.core.internal.JdbcQueryExecution;
import velocity.core.internal.PinnedSession;
import velocity.core.internal.PooledSession;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.QuerySession;
import velocity.core.spi.Dialect;
import velocity.core.spi.SqlSession;

/**
 * An open connection: a pool of JDBC connections to one database, made from saved settings. Work borrows
 * a connection for as long as it needs one. Closing it ({@link ConnectionManager#disconnect}) cancels what
 * still runs and closes the pool.
 */
public final class ActiveConnection {

    /** Work done on a borrowed connection. */
    @FunctionalInterface
    public interface SessionWork<T> {
        T run(SqlSession session) throws SQLException, VelocityException;
    }

    private final ConnectionSettings settings;
    private final DialectDescriptor descriptor;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final QueryHistory history;
    private final Set<QueryExecution> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    ActiveConnection(ConnectionSettings settings, DialectDescriptor descriptor, Dialect dialect, HikariDataSource pool,
            QueryHistory history) {
        this.history = history;
        this.settings = settings;
        this.descriptor = descriptor;
        this.dialect = dialect;
        this.pool = pool;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public String name() {
        return settings.name();
    }

    public DialectDescriptor descriptor() {
        return descriptor;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the statements run on this connection are recorded. */
    public QueryHistory history() {
        return history;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Runs work on a borrowed connection and returns the connection to the pool. Work that is only reading
     * (catalog queries) is retried once when the first attempt finds the connection dead, as it is after a
     * server restart, so the user never has to reconnect by hand.
     *
     * @param what what the work does, for messages, e.g. "Listing tables"
     * @param readOnly whether the work may be run twice
     */
    public <T> T withSession(Monitor monitor, String what, boolean readOnly, SessionWork<T> work) throws VelocityException {
        for (int attempt = 1;; attempt++) {
            monitor.checkCancelled(what);
            try (PooledSession session = new PooledSession(this::borrow, monitor, dialect.execution())) {
                return work.run(session);
            } catch (SQLException | RuntimeException e) {
                if (monitor.isCancelled()) {
                    throw new VelocityException(ErrorKind.CANCELLED, "Connection '" + name() + "': " + what
                            + " was cancelled.", name(), null, 0, -1, e);
                }
                VelocityException error = Errors.translate(e, dialect.errors(), settings, null, what);
                if (!readOnly || attempt > 1 || error.kind() != ErrorKind.CONNECTION_LOST) {
                    throw error;
                }
            }
        }
    }

    /**
     * Starts a statement. The execution keeps its connection until it is closed.
     */
    public QueryExecution execute(QueryRequest request, Monitor monitor) throws VelocityException {
        monitor.checkCancelled("The statement");
        Connection connection;
        try {
            connection = borrow();
        } catch (SQLException | RuntimeException e) {
            throw Errors.translate(e, dialect.errors(), settings, null, "Getting a connection");
        }
        return start(new JdbcQueryExecution(connection, request, dialect, settings, monitor, running::remove));
    }

    /**
     * Holds one connection of the pool for statements that must share it (a script: its SET commands,
     * temporary tables and transactions apply to the statements after them). Close the session to return it.
     */
    public QuerySession openSession(Monitor monitor) throws VelocityException {
        monitor.checkCancelled("Getting a connection");
        try {
            return new PinnedSession(borrow(), this::track);
        } catch (SQLException | RuntimeException e) {
            throw Errors.translate(e, dialect.errors(), settings, null, "Getting a connection");
        }
    }

    /** Starts a statement on a held connection, tracked like any other until it is closed. */
    private QueryExecution track(Connection connection, QueryRequest request, Monitor monitor) throws VelocityException {
        return start(new JdbcQueryExecution(connection, false, request, dialect, settings, monitor, running::remove));
    }

    /** Tracks the execution, so that disconnecting cancels it, then starts it. */
    private QueryExecution start(JdbcQueryExecution execution) throws VelocityException {
        running.add(execution);
        if (closed) {
            // Disconnected meanwhile: close() may have missed this execution.
            execution.close();
            throw new VelocityException(ErrorKind.CONNECTION_LOST, "Connection '" + name() + "' is disconnected. Connect it again.");
        }
        execution.start();
        return execution;
    }

    private Connection borrow() throws SQLException {
        if (closed) {
            throw new SQLException("Connection '" + name() + "' is disconnected. Connect it again.", "08003");
        }
        return pool.getConnection();
    }

    /** Cancels every running statement and closes the pool. */
    void close() {
        closed = true;
        for (QueryExecution execution : running) {
            execution.cancel();
        }
        for (QueryExecution execution : running) {
            try {
                execution.close();
            } catch (VelocityException e) {
                // Disconnecting: the pool closes below whatever the statement says.
            }
        }
        pool.close();
    }
}
