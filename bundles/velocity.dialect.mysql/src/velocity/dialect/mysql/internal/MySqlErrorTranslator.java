package velocity.dialect.mysql.internal;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Map;

import velocity.core.ErrorKind;
import velocity.core.spi.ErrorTranslator;

/**
 * Reads MySQL and MariaDB error numbers. They matter more than SQLStates here: both servers report syntax
 * errors, unknown columns and denied access alike under SQLState 42000 or 42S22.
 */
final class MySqlErrorTranslator implements ErrorTranslator {

    /** {@code ER_PARSE_ERROR}, the one error whose message locates the fault. */
    private static final int PARSE_ERROR = 1064;

    /** Connector/J's SQLState for a statement stopped by the client (cancel or query timeout). */
    private static final String CANCELLED_STATE = "70100";

    private static final Map<Integer, ErrorKind> KINDS = Map.ofEntries(
            Map.entry(1045, ErrorKind.AUTHENTICATION), // ER_ACCESS_DENIED_ERROR
            Map.entry(1698, ErrorKind.AUTHENTICATION), // ER_ACCESS_DENIED_NO_PASSWORD_ERROR (unix_socket users)
            Map.entry(1049, ErrorKind.UNKNOWN_DATABASE), // ER_BAD_DB_ERROR
            Map.entry(PARSE_ERROR, ErrorKind.SYNTAX),
            Map.entry(1149, ErrorKind.SYNTAX), // ER_SYNTAX_ERROR
            Map.entry(1146, ErrorKind.UNKNOWN_OBJECT), // ER_NO_SUCH_TABLE
            Map.entry(1054, ErrorKind.UNKNOWN_OBJECT), // ER_BAD_FIELD_ERROR
            Map.entry(1051, ErrorKind.UNKNOWN_OBJECT), // ER_BAD_TABLE_ERROR (DROP TABLE)
            Map.entry(1109, ErrorKind.UNKNOWN_OBJECT), // ER_UNKNOWN_TABLE (multi-table DELETE)
            Map.entry(1305, ErrorKind.UNKNOWN_OBJECT), // ER_SP_DOES_NOT_EXIST
            Map.entry(1317, ErrorKind.CANCELLED), // ER_QUERY_INTERRUPTED: KILL QUERY
            Map.entry(3024, ErrorKind.CANCELLED), // ER_QUERY_TIMEOUT: MySQL's max_execution_time
            Map.entry(1969, ErrorKind.CANCELLED), // ER_STATEMENT_TIMEOUT: MariaDB's max_statement_time
            // Denied access to a database or table: SQLState 42000 would pass it off as a syntax error.
            Map.entry(1044, ErrorKind.OTHER), // ER_DBACCESS_DENIED_ERROR
            Map.entry(1142, ErrorKind.OTHER), // ER_TABLEACCESS_DENIED_ERROR
            Map.entry(1143, ErrorKind.OTHER)); // ER_COLUMNACCESS_DENIED_ERROR

    private final SyntaxErrorLocator locator = new SyntaxErrorLocator();

    /**
     * Looks through the causes too: a pool reports a failed connect as its own exception around the
     * driver's.
     */
    @Override
    public ErrorKind classify(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                ErrorKind kind = KINDS.get(sql.getErrorCode());
                if (kind != null) {
                    return kind;
                }
                // Connector/J's own query timeout (MySQLTimeoutException) carries neither code nor SQLState.
                if (CANCELLED_STATE.equals(sql.getSQLState()) || sql instanceof SQLTimeoutException) {
                    return ErrorKind.CANCELLED;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    @Override
    public int position(SQLException e, String sql) {
        if (e.getErrorCode() != PARSE_ERROR || sql == null) {
            return -1;
        }
        return locator.locate(e.getMessage(), sql);
    }
}
