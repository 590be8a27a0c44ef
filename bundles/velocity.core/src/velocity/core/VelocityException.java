package velocity.core;

import java.sql.SQLException;

/**
 * The one checked exception of Velocity's core. It carries what the server said (SQLState, vendor code,
 * the position in the SQL text) and, in its message, which connection it concerns and what to do next.
 * Messages never contain passwords.
 */
public class VelocityException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String sqlState;
    private final int vendorCode;
    private final int position;
    private final String connectionName;

    /**
     * @param kind what went wrong
     * @param message a complete sentence for the user
     * @param connectionName the saved connection concerned, or {@code null}
     * @param sqlState the SQLState the server gave, or {@code null}
     * @param vendorCode the server's own error code, 0 when none
     * @param position zero-based offset in the SQL text where the error is, or -1
     * @param cause the underlying exception, or {@code null}
     */
    public VelocityException(ErrorKind kind, String message, String connectionName, String sqlState, int vendorCode,
            int position, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.connectionName = connectionName;
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
        this.position = position;
    }

    /** An error with no server details. */
    public VelocityException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, null, cause instanceof SQLException s ? s.getSQLState() : null,
                cause instanceof SQLException s ? s.getErrorCode() : 0, -1, cause);
    }

    /** An error with no server details and no cause. */
    public VelocityException(ErrorKind kind, String message) {
        this(kind, message, null, null, 0, -1, null);
    }

    /** An operation stopped because its monitor was cancelled. */
    public static VelocityException cancelled(String what) {
        return new VelocityException(ErrorKind.CANCELLED, what + " was cancelled.");
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The SQLState reported by the server or driver, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** The server's own error number (MySQL error code, ...), 0 when none was given. */
    public int vendorCode() {
        return vendorCode;
    }

    /** Zero-based character offset in the executed SQL where the server located the error, or -1. */
    public int position() {
        return position;
    }

    /** The name of the connection the error concerns, or {@code null}. */
    public String connectionName() {
        return connectionName;
    }
}
