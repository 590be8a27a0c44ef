package velocity.dialect.mysql.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import velocity.core.spi.ExecutionPolicy;

/**
 * Connector/J streams a result row by row only for a forward-only, read-only statement with a fetch size of
 * {@link Integer#MIN_VALUE}; any other fetch size reads the whole result into memory first (or, with
 * {@code useCursorFetch}, makes the server materialise it). Streaming has a price: while a result is open the
 * connection can run nothing else, and closing it early reads all of its remaining rows. So an abandoned or
 * cancelled statement is killed on the server first (see {@link QueryKiller}).
 */
final class MySqlExecutionPolicy implements ExecutionPolicy {

    /** Connector/J's marker for row-by-row streaming. */
    private static final int STREAMING = Integer.MIN_VALUE;

    private final QueryKiller killer;

    MySqlExecutionPolicy(QueryKiller killer) {
        this.killer = killer;
    }

    @Override
    public Statement createStatement(Connection connection) throws SQLException {
        return connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public void beforeExecute(Statement statement, int firstPage) throws SQLException {
        statement.setFetchSize(STREAMING);
    }

    /** Streaming already delivers the first row at once and the rest at full speed; a fetch size would end it. */
    @Override
    public void afterFirstPage(ResultSet resultSet) {
        // Nothing to raise: see the method's Javadoc.
    }

    @Override
    public void beforeAbandon(Statement statement) throws SQLException {
        killer.kill(statement);
    }

    @Override
    public void cancel(Statement statement) throws SQLException {
        killer.kill(statement);
    }
}
