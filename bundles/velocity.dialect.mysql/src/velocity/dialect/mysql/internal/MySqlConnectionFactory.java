package velocity.dialect.mysql.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.spi.ConnectionFactory;

/**
 * Builds Connector/J's own DataSource. Velocity's defaults go through the DataSource's setters, which the
 * parameters of a pasted URL override; the settings' properties are appended to the URL and so win over
 * both (see {@link MySqlUrls}).
 */
final class MySqlConnectionFactory implements ConnectionFactory {

    private static final String SOCKET_TIMEOUT = "socketTimeout";
    /** Java's name; Connector/J then speaks utf8mb4, so every identifier and value survives the trip. */
    private static final String ENCODING = "UTF-8";
    private static final int MILLIS_PER_SECOND = 1000;

    @Override
    public DataSource createDataSource(ConnectionSettings settings, char[] password) throws VelocityException {
        String url = MySqlUrls.of(settings);
        int timeoutMillis = Math.multiplyExact(settings.connectTimeoutSeconds(), MILLIS_PER_SECOND);
        boolean userSocketTimeout = MySqlUrls.hasParameter(url, SOCKET_TIMEOUT);
        HandshakeBoundedDataSource dataSource = new HandshakeBoundedDataSource(!userSocketTimeout);
        dataSource.setURL(url);
        if (settings.user() != null) {
            dataSource.setUser(settings.user());
        }
        if (password != null) {
            dataSource.setPassword(new String(password));
        }
        try {
            dataSource.setConnectTimeout(timeoutMillis);
            if (!userSocketTimeout) {
                dataSource.setSocketTimeout(timeoutMillis);
            }
            dataSource.setCharacterEncoding(ENCODING);
            // MySQL 8's default caching_sha2_password needs the server's RSA key when the link is not TLS.
            dataSource.setAllowPublicKeyRetrieval(true);
            // Pooled connections sit idle for long: keep-alive lets the OS notice a peer that has gone away.
            dataSource.setTcpKeepAlive(true);
        } catch (SQLException e) {
            throw new VelocityException(ErrorKind.CONFIGURATION,
                    "The MySQL driver rejected a setting of connection '" + settings.name() + "': " + e.getMessage(),
                    e);
        }
        return dataSource;
    }
}
