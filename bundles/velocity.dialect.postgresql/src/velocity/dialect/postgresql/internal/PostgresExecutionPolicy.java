package velocity.dialect.postgresql.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

import velocity.core.spi.ExecutionPolicy;

/**
 * pgjdbc reads a whole result into memory unless autocommit is off and a fetch size is set; only then does
 * it open a portal and fetch rows in batches. A small first batch shows the first page at once, a large one
 * afterwards makes the rest of the scan fast.
 */
final class PostgresExecutionPolicy implements ExecutionPolicy {

    /** Rows per round trip once the first page is shown: measured fastest for full scans. */
    static final int SCAN_FETCH_SIZE = 10_000;

    @Override
    public boolean streamsInTransactionOnly() {
        return true;
    }

    @Override
    public void beforeExecute(Statement statement, int firstPage) throws SQLException {
        // A fetch size of 0 would make pgjdbc buffer everything, so a caller without a page still streams.
        statement.setFetchSize(firstPage > 0 ? firstPage : SCAN_FETCH_SIZE);
    }

    @Override
    public void afterFirstPage(ResultSet resultSet) throws SQLException {
        resultSet.setFetchSize(SCAN_FETCH_SIZE);
    }

    /**
     * Sends the server a cancel request for this backend over a second connection. It goes through the
     * connection, not {@link Statement#cancel()}: pgjdbc sends that one once per statement, and a request
     * that reaches the server just before the query does is ignored, so the core must be able to repeat it.
     */
    @Override
    public void cancel(Statement statement) throws SQLException {
        statement.getConnection().unwrap(PGConnection.class).cancelQuery();
    }
}
