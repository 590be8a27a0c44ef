package velocity.dialect.mysql.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import com.mysql.cj.conf.HostInfo;
import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.ConnectionImpl;
import com.mysql.cj.jdbc.JdbcConnection;

/**
 * Stops the statement a connection is running by sending {@code KILL QUERY <id>} over a second, short-lived
 * connection. The MySQL protocol has no in-band cancel, and {@link Statement#cancel()} in Connector/J does
 * nothing once {@code executeQuery} has returned, i.e. while a streaming result is being read: the very moment
 * an abandoned result needs stopping.
 *
 * <p>The kill is synchronous: the server has flagged the query when this returns. A kill that arrives after
 * the query has finished is harmless, because the server clears the flag when the next command starts.
 */
final class QueryKiller {

    /** {@code ER_NO_SUCH_THREAD}: the connection is already gone, so there is nothing left to stop. */
    private static final int NO_SUCH_THREAD = 1094;
    private static final String KILL_QUERY = "KILL QUERY ";

    /** Kills the running query of the statement's connection; the connection itself stays open. */
    void kill(Statement statement) throws SQLException {
        JdbcConnection target = statement.getConnection().unwrap(JdbcConnection.class);
        long threadId = target.getId();
        try (JdbcConnection killer = ConnectionImpl.getInstance(killerHost(target.getSession().getHostInfo()));
                Statement kill = killer.createStatement()) {
            kill.execute(KILL_QUERY + threadId);
        } catch (SQLException e) {
            if (e.getErrorCode() != NO_SUCH_THREAD) {
                throw e;
            }
        }
    }

    /**
     * The target's host, user, password and properties (the timeouts included), as the driver's own cancel
     * uses them, but no database: the one the target connected to may have been dropped since.
     */
    private static HostInfo killerHost(HostInfo target) {
        Map<String, String> properties = new HashMap<>(target.getHostProperties());
        properties.remove(PropertyKey.DBNAME.getKeyName());
        return new HostInfo(target, target.getHost(), target.getPort(), target.getUser(), target.getPassword(),
                properties);
    }
}
