package velocity.core.spi;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a dialect makes a statement stream its rows instead of reading the whole result into memory, and
 * how it stops one. The core calls these around every query it runs.
 */
public interface ExecutionPolicy {

    /** Fetch sizes only; right for drivers that honour {@link Statement#setFetchSize(int)} as a hint. */
    ExecutionPolicy STANDARD = new ExecutionPolicy() {
    };

    /**
     * Whether the driver streams only inside a transaction (pgjdbc opens a cursor only with autocommit
     * off). The core then runs the statement in a transaction that it commits when the statement completes
     * and rolls back when it fails or is cancelled, so the user still sees autocommit behaviour.
     */
    default boolean streamsInTransactionOnly() {
        return false;
    }

    /** Creates the statement; the default is a forward-only, read-only one. */
    default Statement createStatement(Connection connection) throws SQLException {
        return connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    /**
     * Prepares a statement before it executes. {@code firstPage} is the number of rows wanted first: a
     * small first fetch shows the first page at once.
     */
    default void beforeExecute(Statement statement, int firstPage) throws SQLException {
        statement.setFetchSize(firstPage);
    }

    /** Called once the first page has been read: raises the fetch size for a fast scan of the rest. */
    default void afterFirstPage(ResultSet resultSet) throws SQLException {
        resultSet.setFetchSize(10_000);
    }

    /**
     * Stops a statement whose result is being abandoned before its end, so that closing it does not read the
     * rest (MySQL's streaming results do). The default does nothing: closing a cursor is cheap.
     */
    default void beforeAbandon(Statement statement) throws SQLException {
    }

    /** Cancels a running statement from another thread. */
    default void cancel(Statement statement) throws SQLException {
        statement.cancel();
    }
}
