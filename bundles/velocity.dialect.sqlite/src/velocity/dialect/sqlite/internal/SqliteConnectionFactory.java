package velocity.dialect.sqlite.internal;

import java.util.Properties;

import javax.sql.DataSource;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConfig.Pragma;
import org.sqlite.SQLiteDataSource;

import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;
import velocity.core.spi.ConnectionFactory;

/**
 * Creates sqlite-jdbc's own DataSource. Every connection waits for a lock held by another process instead of
 * failing at once with "database is locked", and enforces foreign keys, which SQLite leaves off unless asked
 * on each connection. There is no server: the user name and the password are not used (the stock SQLite has
 * neither accounts nor encryption), and opening a local file waits for no host, so there is no connect
 * timeout to give the driver: waits on other processes' locks are bounded by the busy timeout instead.
 */
final class SqliteConnectionFactory implements ConnectionFactory {

    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    @Override
    public DataSource createDataSource(ConnectionSettings settings, char[] password) throws VelocityException {
        String url = DatabaseLocation.url(settings);
        Properties properties = new Properties();
        properties.setProperty(Pragma.BUSY_TIMEOUT.getPragmaName(), Integer.toString(BUSY_TIMEOUT_MILLIS));
        properties.setProperty(Pragma.FOREIGN_KEYS.getPragmaName(), Boolean.TRUE.toString());
        properties.putAll(settings.properties());
        SQLiteConfig config;
        try {
            config = new SQLiteConfig(properties);
        } catch (IllegalArgumentException e) {
            throw DatabaseLocation.configuration(settings, "a driver property has an invalid value: " + e.getMessage());
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }
}
