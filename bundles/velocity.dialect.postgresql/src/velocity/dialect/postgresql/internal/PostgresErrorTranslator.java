package velocity.dialect.postgresql.internal;

import java.sql.SQLException;
import java.util.Map;

import org.postgresql.util.GT;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import velocity.core.ErrorKind;
import velocity.core.spi.ErrorTranslator;

/**
 * Reads PostgreSQL's SQLStates. PostgreSQL's class 42 holds semantic errors as well as syntax errors, so the
 * codes of class 42 that are not about the SQL text are named here too, to keep them from being reported as
 * syntax errors.
 */
final class PostgresErrorTranslator implements ErrorTranslator {

    private static final String SYNTAX_CLASS = "42";

    /** pgjdbc's SQLState for a connection attempt that failed, lost or timed out. */
    private static final String UNABLE_TO_CONNECT = "08001";

    /**
     * pgjdbc's message when its loginTimeout expires, before translation: the exception has no cause and a
     * class 08 state, so only the message tells a silent server from a lost connection.
     */
    private static final String LOGIN_TIMED_OUT = "Connection attempt timed out.";

    private static final Map<String, ErrorKind> KINDS = Map.ofEntries(
            Map.entry("28P01", ErrorKind.AUTHENTICATION), // invalid_password
            Map.entry("28000", ErrorKind.AUTHENTICATION), // invalid_authorization_specification: no such role, pg_hba
            Map.entry("3D000", ErrorKind.UNKNOWN_DATABASE), // invalid_catalog_name
            Map.entry("42601", ErrorKind.SYNTAX), // syntax_error
            Map.entry("42602", ErrorKind.SYNTAX), // invalid_name
            Map.entry("42622", ErrorKind.SYNTAX), // name_too_long
            Map.entry("42P01", ErrorKind.UNKNOWN_OBJECT), // undefined_table
            Map.entry("42703", ErrorKind.UNKNOWN_OBJECT), // undefined_column
            Map.entry("42883", ErrorKind.UNKNOWN_OBJECT), // undefined_function
            Map.entry("42704", ErrorKind.UNKNOWN_OBJECT), // undefined_object: types, roles, indexes, ...
            Map.entry("3F000", ErrorKind.UNKNOWN_OBJECT), // invalid_schema_name: the schema does not exist
            Map.entry("57014", ErrorKind.CANCELLED), // query_canceled: a cancel request or statement_timeout
            Map.entry("57P01", ErrorKind.CONNECTION_LOST), // admin_shutdown, also pg_terminate_backend()
            Map.entry("57P02", ErrorKind.CONNECTION_LOST), // crash_shutdown
            Map.entry("25P03", ErrorKind.CONNECTION_LOST)); // idle_in_transaction_session_timeout closes the session

    @Override
    public ErrorKind classify(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        if (UNABLE_TO_CONNECT.equals(state) && GT.tr(LOGIN_TIMED_OUT).equals(e.getMessage())) {
            return ErrorKind.TIMEOUT;
        }
        ErrorKind kind = KINDS.get(state);
        if (kind == null && state.startsWith(SYNTAX_CLASS)) {
            return ErrorKind.OTHER;
        }
        return kind;
    }

    @Override
    public int position(SQLException e, String sql) {
        if (!(e instanceof PSQLException psql) || sql == null) {
            return -1;
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        // The server counts characters from 1, and 0 means no position (errors inside a function have an
        // internal position instead, in a query the user did not write).
        int position = message == null ? 0 : message.getPosition();
        return position <= 0 ? -1 : StatementFragments.of(sql).offsetOf(position - 1);
    }
}
