package velocity.dialect.mysql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * Connector/J's DataSource, with the login phase bounded. Its {@code connectTimeout} covers the TCP connect
 * only and {@code setLoginTimeout} does nothing, so a peer that accepts the connection but never greets
 * (a hung server, an SSH tunnel whose far end is down) would block a connect forever. The factory therefore
 * sets {@code socketTimeout} to the connect timeout, which bounds every read of the handshake and of the
 * driver's start-up queries, and this class lifts it again once connected so that long queries are not cut
 * off.
 */
final class HandshakeBoundedDataSource extends MysqlDataSource {

    private static final long serialVersionUID = 1L;

    /** Runs the driver's timeout change on the calling thread, before the connection is handed out. */
    private static final Executor SAME_THREAD = Runnable::run;

    private final boolean liftSocketTimeout;

    /**
     * @param liftSocketTimeout whether the socket timeout is Velocity's login bound, to lift after connecting
     *            (not when the user chose a socket timeout)
     */
    HandshakeBoundedDataSource(boolean liftSocketTimeout) {
        this.liftSocketTimeout = liftSocketTimeout;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Connection connection = super.getConnection(user, password);
        if (liftSocketTimeout) {
            try {
                connection.setNetworkTimeout(SAME_THREAD, 0);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }
}
