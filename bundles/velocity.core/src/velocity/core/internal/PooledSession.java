package velocity.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.Monitor;
import velocity.core.spi.ExecutionPolicy;
import velocity.core.spi.SqlSession;

/**
 * A borrowed connection for one unit of work. Each statement it prepares is cancelled through the dialect's
 * policy when the monitor is cancelled, and closed with the session.
 */
public final class PooledSession implements SqlSession, AutoCloseable {

    private final Connection connection;
    private final Monitor monitor;
    private final ExecutionPolicy policy;
    private final List<Monitor.Registration> registrations = new ArrayList<>();
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final List<PooledSession> forks = new ArrayList<>();
    private final ConnectionSource source;

    /** Where a session borrows its connections. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection borrow() throws SQLException;
    }

    public PooledSession(ConnectionSource source, Monitor monitor, ExecutionPolicy policy) throws SQLException {
        this.source = source;
        this.connection = source.borrow();
        this.monitor = monitor;
        this.policy = policy;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public PreparedStatement prepare(String sql) throws SQLException {
        if (monitor.isCancelled()) {
            // Drivers ignore a cancel of a statement that is not running, so one that came between two
            // catalog queries would be lost without this look.
            throw new SQLException("The operation was cancelled.", "57014");
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        statements.add(statement);
        registrations.add(monitor.onCancel(() -> {
            try {
                policy.cancel(statement);
            } catch (SQLException e) {
                // The statement finished or closed meanwhile: nothing left to cancel.
            }
        }));
        return statement;
    }

    @Override
    public Monitor monitor() {
        return monitor;
    }

    @Override
    public synchronized SqlSession fork() throws SQLException {
        PooledSession fork = new PooledSession(source, monitor, policy);
        forks.add(fork);
        return fork;
    }

    /** Closes the statements and returns the connection to the pool. */
    @Override
    public void close() throws SQLException {
        registrations.forEach(Monitor.Registration::close);
        SQLException first = null;
        for (PooledSession fork : forks) {
            try {
                fork.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        for (PreparedStatement s : statements) {
            try {
                s.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw first;
        }
    }
}
