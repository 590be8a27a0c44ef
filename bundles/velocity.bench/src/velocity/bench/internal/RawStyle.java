package velocity.bench.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a hand-written JDBC program gets the best from each driver (see PERF-NOTES): the baseline Velocity is
 * measured against, so it must be as good as a careful programmer would write it.
 */
enum RawStyle {

    /** pgjdbc streams through a portal only with autocommit off and a fetch size. */
    POSTGRESQL {
        @Override
        void prepare(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
        }

        @Override
        Statement statement(Connection connection, int fetchSize) throws SQLException {
            Statement s = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            s.setFetchSize(fetchSize);
            return s;
        }

        @Override
        void endQuery(Connection connection) throws SQLException {
            connection.rollback();
        }

        @Override
        String describe() {
            return "autocommit off, fetch size 10,000";
        }
    },

    /** Connector/J streams row by row only with a forward-only, read-only statement and Integer.MIN_VALUE. */
    MYSQL {
        @Override
        Statement statement(Connection connection, int fetchSize) throws SQLException {
            Statement s = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            s.setFetchSize(Integer.MIN_VALUE);
            return s;
        }

        @Override
        String describe() {
            return "streaming, fetch size Integer.MIN_VALUE";
        }
    },

    /** sqlite-jdbc steps through the result in process: nothing to configure. */
    SQLITE {
        @Override
        Statement statement(Connection connection, int fetchSize) throws SQLException {
            return connection.createStatement();
        }

        @Override
        String describe() {
            return "default settings";
        }
    };

    /** How the statement reads, for the report. */
    abstract String describe();

    /** Sets the connection up once, before the first query. */
    void prepare(Connection connection) throws SQLException {
    }

    /** A statement that streams its rows, fetching {@code fetchSize} at a time where the driver batches. */
    abstract Statement statement(Connection connection, int fetchSize) throws SQLException;

    /** Ends what a query left open (pgjdbc's transaction), outside the timed part. */
    void endQuery(Connection connection) throws SQLException {
    }
}
