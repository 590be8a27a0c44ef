package velocity.dialect.postgresql.internal;

import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.spi.ConnectionFactory;

/**
 * Configures pgjdbc's own DataSource, so that the driver is reached through this bundle's package imports
 * and never looked up by class name. The settings' connect timeout bounds both the TCP connect and the
 * whole login, because a silently dropped SYN or a stalled handshake would otherwise block for minutes. The
 * socket read timeout stays off: it would also cut every query that runs longer than the timeout.
 */
final class PostgresConnectionFactory implements ConnectionFactory {

    /** The prefix of every URL pgjdbc accepts. */
    static final String URL_PREFIX = "jdbc:postgresql:";

    /** The port a PostgreSQL server listens on unless configured otherwise. */
    static final int DEFAULT_PORT = 5432;

    /** Shown in {@code pg_stat_activity}, so that DBAs can tell Velocity's sessions apart. */
    static final String APPLICATION_NAME = "Velocity";

    private static final int MAX_PORT = 65_535;

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*(:[A-Za-z][A-Za-z0-9+.-]*)?:?");

    @Override
    public DataSource createDataSource(ConnectionSettings settings, char[] password) throws VelocityException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        if (settings.url() != null && !settings.url().isBlank()) {
            useUrl(dataSource, settings);
        } else {
            useHost(dataSource, settings);
        }
        if (settings.user() != null) {
            dataSource.setUser(settings.user());
        }
        if (password != null) {
            dataSource.setPassword(new String(password));
        }
        dataSource.setApplicationName(APPLICATION_NAME);
        dataSource.setTcpKeepAlive(true);
        dataSource.setConnectTimeout(settings.connectTimeoutSeconds());
        dataSource.setLoginTimeout(settings.connectTimeoutSeconds());
        applyProperties(dataSource, settings);
        return dataSource;
    }

    private static void useUrl(PGSimpleDataSource dataSource, ConnectionSettings settings) throws VelocityException {
        String url = settings.url().strip();
        if (!url.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length())) {
            throw configuration(settings, "its URL is not a PostgreSQL URL (it starts with '" + scheme(url)
                    + "'; PostgreSQL URLs start with '" + URL_PREFIX + "')");
        }
        UrlCredentials credentials = UrlCredentials.split(url);
        try {
            dataSource.setURL(credentials.url());
        } catch (IllegalArgumentException e) {
            // No cause and no URL in the message: the driver's message repeats the URL.
            throw configuration(settings, "pgjdbc cannot parse its URL; the form is " + URL_PREFIX
                    + "//host:port/database?property=value");
        }
        if (credentials.password() != null) {
            dataSource.setPassword(credentials.password());
        }
    }

    private static void useHost(PGSimpleDataSource dataSource, ConnectionSettings settings) throws VelocityException {
        if (settings.host() == null || settings.host().isBlank()) {
            throw configuration(settings, "it has neither a host nor a URL");
        }
        if (settings.port() < 0 || settings.port() > MAX_PORT) {
            throw configuration(settings, "its port " + settings.port() + " is not between 1 and " + MAX_PORT);
        }
        dataSource.setServerNames(new String[] {settings.host().strip()});
        dataSource.setPortNumbers(new int[] {settings.port() == 0 ? DEFAULT_PORT : settings.port()});
        // Without a database name the server picks the database named like the user, as psql does.
        dataSource.setDatabaseName(settings.database());
    }

    private static void applyProperties(PGSimpleDataSource dataSource, ConnectionSettings settings)
            throws VelocityException {
        for (Map.Entry<String, String> property : settings.properties().entrySet()) {
            try {
                dataSource.setProperty(property.getKey(), property.getValue());
            } catch (SQLException e) {
                throw configuration(settings, "pgjdbc has no property '" + property.getKey() + "'");
            }
        }
    }

    /** Only the scheme words, e.g. {@code jdbc:mysql:}: enough to name the database, free of credentials. */
    private static String scheme(String url) {
        Matcher m = SCHEME.matcher(url);
        return m.lookingAt() && m.end() > 0 ? m.group() : "something else";
    }

    private static VelocityException configuration(ConnectionSettings settings, String problem) {
        return new VelocityException(ErrorKind.CONFIGURATION, "Connection '" + settings.name()
                + "' cannot be used: " + problem + ".", settings.name(), null, 0, -1, null);
    }
}
