package velocity.core.spi;

import java.sql.SQLException;

import velocity.core.ErrorKind;

/**
 * Reads what a driver's exception means. The core first looks for network causes (unknown host, refused,
 * timeout) itself; the dialect knows its server's codes.
 */
public interface ErrorTranslator {

    /** Classifies by the standard SQLState classes only. */
    ErrorTranslator STANDARD = new ErrorTranslator() {
    };

    /** The kind of error, or {@code null} to let the core decide from the SQLState class. */
    default ErrorKind classify(SQLException e) {
        return null;
    }

    /**
     * The zero-based character offset in {@code sql} where the server located the error, or -1 when it
     * does not say.
     */
    default int position(SQLException e, String sql) {
        return -1;
    }
}
