package velocity.core.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.spi.ErrorTranslator;

/**
 * Turns what drivers throw into {@link VelocityException}s whose message names the connection, says what
 * failed in plain words and what to do. The network causes are the same for every driver; the server's
 * own codes are the dialect's business.
 */
public final class Errors {

    private Errors() {
    }

    /**
     * @param failure what the driver, pool or network threw
     * @param translator the dialect's reading of its codes
     * @param settings the connection concerned
     * @param sql the SQL being run, or {@code null}
     * @param action what Velocity was doing, e.g. "Connecting", "Running the query"
     */
    public static VelocityException translate(Throwable failure, ErrorTranslator translator, ConnectionSettings settings,
            String sql, String action) {
        if (failure instanceof VelocityException ve) {
            return ve;
        }
        SQLException sqlException = find(failure, SQLException.class);
        ErrorKind kind = networkKind(failure);
        if (kind == null && sqlException != null) {
            kind = translator.classify(sqlException);
            if (kind == null) {
                kind = bySqlState(sqlException);
            }
        }
        if (kind == null) {
            kind = ErrorKind.OTHER;
        }
        int position = sqlException != null && sql != null ? translator.position(sqlException, sql) : -1;
        String serverText = rootMessage(failure);
        StringBuilder message = new StringBuilder();
        message.append("Connection '").append(settings.name()).append("' (").append(settings.describe()).append("): ");
        message.append(action).append(" failed: ").append(serverText);
        if (!serverText.endsWith(".")) {
            message.append('.');
        }
        String advice = advice(kind, settings);
        if (advice != null) {
            message.append(' ').append(advice);
        }
        return new VelocityException(kind, message.toString(), settings.name(),
                sqlException == null ? null : sqlException.getSQLState(),
                sqlException == null ? 0 : sqlException.getErrorCode(), position, failure);
    }

    private static ErrorKind networkKind(Throwable failure) {
        if (find(failure, UnknownHostException.class) != null) {
            return ErrorKind.UNKNOWN_HOST;
        }
        if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null) {
            return ErrorKind.CONNECTION_REFUSED;
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return ErrorKind.TIMEOUT;
        }
        return null;
    }

    private static ErrorKind bySqlState(SQLException e) {
        if (e instanceof SQLTimeoutException) {
            return ErrorKind.TIMEOUT;
        }
        String state = e.getSQLState();
        if (state == null || state.length() < 2) {
            return null;
        }
        return switch (state.substring(0, 2)) {
            case "28" -> ErrorKind.AUTHENTICATION;
            case "08" -> ErrorKind.CONNECTION_LOST;
            case "3D" -> ErrorKind.UNKNOWN_DATABASE;
            // Class 42 also holds permission and duplicate-object errors: only these codes mean what they say.
            case "42" -> switch (state) {
                case "42000", "42601" -> ErrorKind.SYNTAX;
                case "42P01", "42S02", "42703", "42S22" -> ErrorKind.UNKNOWN_OBJECT;
                default -> ErrorKind.OTHER;
            };
            case "57" -> "57014".equals(state) ? ErrorKind.CANCELLED : ErrorKind.OTHER;
            default -> null;
        };
    }

    private static String advice(ErrorKind kind, ConnectionSettings settings) {
        return switch (kind) {
            case AUTHENTICATION -> "Check the user name and password" + (settings.user() == null ? "" : " of user '" + settings.user() + "'") + ".";
            case UNKNOWN_HOST -> "Check the host name '" + settings.host() + "'.";
            case CONNECTION_REFUSED -> "Check that the server is running and that the host and port are right.";
            case TIMEOUT -> "The server did not answer within " + settings.connectTimeoutSeconds()
                    + " s; check the host, the port and any firewall, or raise the connect timeout.";
            case UNKNOWN_DATABASE -> "Check the database name '" + settings.database() + "'.";
            case CONNECTION_LOST -> "The connection to the server was lost; try again.";
            default -> null;
        };
    }

    /** The innermost meaningful message of a chain, without the driver's class names. */
    public static String rootMessage(Throwable failure) {
        String best = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                if (t instanceof SQLException || best == null) {
                    best = m;
                }
                if (t instanceof SQLException) {
                    break;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (best == null) {
            best = failure.getClass().getSimpleName();
        }
        return best.strip().replaceAll("\\s+", " ");
    }

    /** The first throwable of a type in a cause chain, or {@code null}. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof SQLException s && s.getNextException() != null && type.isInstance(s.getNextException())) {
                return type.cast(s.getNextException());
            }
        }
        return null;
    }
}
