package velocity.core.spi;

import javax.sql.DataSource;

import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;

/**
 * Creates the driver's own DataSource for a connection. The dialect bundle imports its driver, so the core
 * never loads a driver class by name (which breaks under OSGi); the core pools what this returns.
 */
public interface ConnectionFactory {

    /**
     * A new, unpooled DataSource for the settings. It applies the settings' connect timeout to the driver so
     * that a dead host fails within it, and the settings' properties last.
     *
     * @param settings the connection's settings; {@link ConnectionSettings#url()} replaces host, port and
     *            database when set
     * @param password the password, or {@code null} when there is none; the factory may keep the array
     * @throws VelocityException with {@link velocity.core.ErrorKind#CONFIGURATION} when the settings cannot
     *             describe a connection (no host, a URL of another database, ...)
     */
    DataSource createDataSource(ConnectionSettings settings, char[] password) throws VelocityException;
}
