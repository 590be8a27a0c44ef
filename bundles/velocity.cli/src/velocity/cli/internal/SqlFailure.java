package velocity.cli.internal;

import velocity.core.VelocityException;

/**
 * A failure of SQL the user gave, carrying that SQL so that the error report can show the line the server
 * points at. The core's exception knows the position but not the text.
 */
final class SqlFailure extends VelocityException {

    private static final long serialVersionUID = 1L;

    private final String sql;

    SqlFailure(VelocityException failure, String sql) {
        super(failure.kind(), failure.getMessage(), failure.connectionName(), failure.sqlState(), failure.vendorCode(),
                failure.position(), failure);
        this.sql = sql;
    }

    /** The SQL that failed. */
    String sql() {
        return sql;
    }
}
