package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import velocity.core.spi.SqlSession;

/**
 * Prepares catalog queries through the session, so that a cancel of the monitor stops the running one. A
 * cancel that arrives between two queries finds no statement running and would be lost, so the monitor is
 * checked before each query too.
 */
final class CatalogStatements {

    /** PostgreSQL's query_canceled, so that a cancel between queries reads like one during a query. */
    private static final String QUERY_CANCELED = "57014";

    private CatalogStatements() {
    }

    /**
     * @throws SQLException with SQLState 57014 when the session's monitor is cancelled
     */
    static PreparedStatement prepare(SqlSession session, String sql) throws SQLException {
        if (session.monitor().isCancelled()) {
            throw new SQLException("The catalog read was cancelled.", QUERY_CANCELED);
        }
        return session.prepare(sql);
    }
}
