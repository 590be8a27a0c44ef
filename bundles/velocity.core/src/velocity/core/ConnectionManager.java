package velocity.core;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import velocity.core.history.QueryHistory;
import velocity.core.internal.Errors;
import velocity.core.spi.Dialect;

/**
 * Opens, tests and closes connections. One HikariCP pool per active connection, named after it, fed with
 * the DataSource its dialect creates.
 */
public final class ConnectionManager implements AutoCloseable {

    /** Pooled connections are validated when borrowed after being idle this long (HikariCP's default is 500 ms). */
    private static final String ALIVE_BYPASS_PROPERTY = "com.zaxxer.hikari.aliveBypassWindowMs";

    static {
        // A connection borrowed right after a server restart must be found dead before it is used.
        if (System.getProperty(ALIVE_BYPASS_PROPERTY) == null) {
            System.setProperty(ALIVE_BYPASS_PROPERTY, "100");
        }
    }

    private final DialectRegistry dialects;
    private final SecretStore secrets;
    private final QueryHistory history;
    private final Map<String, ActiveConnection> active = new ConcurrentHashMap<>();

    /** A manager whose connections record no history. */
    public ConnectionManager(DialectRegistry dialects, SecretStore secrets) {
        this(dialects, secrets, QueryHistory.none());
    }

    /**
     * @param history where the statements run on its connections are recorded
     */
    public ConnectionManager(DialectRegistry dialects, SecretStore secrets, QueryHistory history) {
        this.dialects = dialects;
        this.secrets = secrets;
        this.history = history;
    }

    /**
     * Opens a connection, or returns the open one of that name.
     *
     * @param password the password, or {@code null} to use the stored one (when the settings keep it)
     */
    public ActiveConnection connect(ConnectionSettings settings, char[] password, Monitor monitor)
            throws VelocityException {
        ActiveConnection existing = active.get(settings.name());
        if (existing != null && !existing.isClosed() && existing.settings().equals(settings)) {
            return existing;
        }
        if (existing != null) {
            disconnect(settings.name());
        }
        DialectDescriptor descriptor = dialects.get(settings.dialect());
        Dialect dialect = descriptor.dialect();
        DataSource dataSource = dialect.connections().createDataSource(settings, resolvePassword(settings, password));
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("Velocity " + settings.name());
        config.setMaximumPoolSize(Integer.parseInt(settings.properties().getOrDefault("velocity.poolSize", "4")));
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(1_000L, settings.connectTimeoutSeconds() * 1_000L + 1_000L));
        config.setValidationTimeout(3_000);
        config.setKeepaliveTime(60_000);
        config.setIdleTimeout(300_000);
        config.setMaxLifetime(1_800_000);
        // Fail at once, with the driver's reason, when the first connection cannot be made.
        config.setInitializationFailTimeout(1);
        monitor.task("Connecting to " + settings.name(), -1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw Errors.translate(e, dialect.errors(), settings, null, "Connecting");
        }
        ActiveConnection connection = new ActiveConnection(settings, descriptor, dialect, pool, history);
        active.put(settings.name(), connection);
        return connection;
    }

    /**
     * Opens one unpooled connection, reads what the server is and measures a round trip, then closes it.
     * Comes back within the settings' connect timeout (plus a little) even when a driver ignores it.
     */
    public ConnectionTestResult test(ConnectionSettings settings, char[] password, Monitor monitor)
            throws VelocityException {
        DialectDescriptor descriptor = dialects.get(settings.dialect());
        Dialect dialect = descriptor.dialect();
        DataSource dataSource = dialect.connections().createDataSource(settings, resolvePassword(settings, password));
        FutureTask<ConnectionTestResult> task = new FutureTask<>(() -> probe(dataSource, monitor));
        Thread thread = new Thread(task, "Velocity connection test: " + settings.name());
        thread.setDaemon(true);
        thread.start();
        try (Monitor.Registration r = monitor.onCancel(() -> task.cancel(true))) {
            return task.get(settings.connectTimeoutSeconds() * 1_000L + 2_000L, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new VelocityException(ErrorKind.TIMEOUT, "Connection '" + settings.name() + "' (" + settings.describe()
                    + "): the server did not answer within " + settings.connectTimeoutSeconds()
                    + " s. Check the host, the port and any firewall.", settings.name(), null, 0, -1, e);
        } catch (java.util.concurrent.CancellationException | InterruptedException e) {
            throw VelocityException.cancelled("Testing connection '" + settings.name() + "'");
        } catch (ExecutionException e) {
            throw Errors.translate(e.getCause(), dialect.errors(), settings, null, "Connecting");
        }
    }

    private static ConnectionTestResult probe(DataSource dataSource, Monitor monitor) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            double connectMillis = (System.nanoTime() - start) / 1e6;
            DatabaseMetaData meta = c.getMetaData();
            long roundTrip = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            double roundTripMillis = (System.nanoTime() - roundTrip) / 1e6;
            return new ConnectionTestResult(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    meta.getDriverName(), meta.getDriverVersion(), connectMillis, roundTripMillis);
        }
    }

    private char[] resolvePassword(ConnectionSettings settings, char[] password) throws VelocityException {
        if (password != null) {
            return password;
        }
        return settings.savePassword() ? secrets.get(settings.name()) : null;
    }

    /** The open connection of that name, if any. */
    public Optional<ActiveConnection> active(String name) {
        return Optional.ofNullable(active.get(name));
    }

    /** Every open connection. */
    public List<ActiveConnection> active() {
        return List.copyOf(active.values());
    }

    /**
     * Cancels what runs on the connection and closes its pool.
     *
     * @return whether the connection was open
     */
    public boolean disconnect(String name) {
        ActiveConnection connection = active.remove(name);
        if (connection == null) {
            return false;
        }
        connection.close();
        return true;
    }

    /** Disconnects everything. */
    @Override
    public void close() {
        for (String name : List.copyOf(active.keySet())) {
            disconnect(name);
        }
    }
}
