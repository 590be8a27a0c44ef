package velocity.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import velocity.cli.CommandContext;
import velocity.core.ActiveConnection;
import velocity.core.ConnectionManager;
import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.spi.ConnectionFactory;

/**
 * The core suite on one database: connect, make sure the datasets exist, then measure. A database that
 * cannot be reached is skipped, so the others still run; one that fails part way keeps what it measured.
 */
final class CoreBench {

    private final CommandContext context;
    private final int runs;

    CoreBench(CommandContext context, int runs) {
        this.context = context;
        this.runs = runs;
    }

    /** @throws VelocityException only when the user cancelled */
    Outcome run(Target target) throws VelocityException {
        Monitor monitor = context.monitor();
        PrintStream err = context.err();
        ConnectionManager manager = context.velocity().manager();
        ConnectionFactory factory;
        ActiveConnection data;
        ActiveConnection meta;
        try {
            factory = context.velocity().dialects().get(target.data().dialect()).dialect().connections();
            if (target.files() != null) {
                Files.createDirectories(target.files());
            }
            data = manager.connect(target.data(), target.passwordChars(), monitor);
            meta = target.meta().equals(target.data()) ? data
                    : manager.connect(target.meta(), target.passwordChars(), monitor);
        } catch (VelocityException | IOException e) {
            manager.disconnect(target.data().name());
            rethrowIfCancelled(monitor, e);
            return Outcome.skipped(target.id(), e.getMessage());
        }
        String server = null;
        List<Figure> figures = new ArrayList<>();
        try {
            server = prepareDatasets(target, factory, err);
            DataSource raw = factory.createDataSource(target.data(), target.passwordChars());
            QueryMeasurements queries = new QueryMeasurements(target, data, raw, runs, monitor);
            err.println(target.id() + ": measuring the first page and abandoning the rest");
            figures.addAll(queries.firstPage());
            err.println(target.id() + ": measuring full scans");
            figures.add(queries.fullScan());
            err.println(target.id() + ": measuring the metadata of the 5,000 tables");
            DataSource rawMeta = factory.createDataSource(target.meta(), target.passwordChars());
            figures.add(new MetadataMeasurement(target, meta, rawMeta, runs, monitor).measure());
            return new Outcome(target.id(), server, figures, null, null);
        } catch (VelocityException | SQLException | RuntimeException e) {
            rethrowIfCancelled(monitor, e);
            return Outcome.failed(target.id(), server, figures, String.valueOf(e.getMessage()));
        } finally {
            manager.disconnect(target.data().name());
            manager.disconnect(target.meta().name());
        }
    }

    /** Creates what is missing, through the driver's own connections; returns the server's name and version. */
    private static String prepareDatasets(Target target, ConnectionFactory factory, PrintStream err)
            throws VelocityException, SQLException {
        String server;
        try (Connection c = setupSource(target, target.data(), factory).getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            server = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            err.println(target.id() + ": checking the datasets on " + server);
            target.datasets().ensureRows(c, err);
        }
        try (Connection c = setupSource(target, target.meta(), factory).getConnection()) {
            target.datasets().ensureMeta(c, err);
        }
        return server;
    }

    /** A DataSource with the properties the datasets' creation needs; shared with the export suite. */
    static DataSource setupSource(Target target, ConnectionSettings settings, ConnectionFactory factory)
            throws VelocityException {
        ConnectionSettings.Builder b = settings.toBuilder();
        for (Map.Entry<String, String> p : target.datasets().setupProperties().entrySet()) {
            b.property(p.getKey(), p.getValue());
        }
        return factory.createDataSource(b.build(), target.passwordChars());
    }

    private static void rethrowIfCancelled(Monitor monitor, Exception e) throws VelocityException {
        if (monitor.isCancelled()) {
            throw e instanceof VelocityException v ? v : VelocityException.cancelled("The benchmark");
        }
    }
}
