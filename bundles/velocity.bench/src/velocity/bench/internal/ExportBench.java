package velocity.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import velocity.cli.CommandContext;
import velocity.core.ActiveConnection;
import velocity.core.ConnectionManager;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.export.ExportOptions;
import velocity.core.export.ExportResult;
import velocity.core.export.ExportSource;
import velocity.core.export.ExporterDescriptor;
import velocity.core.metadata.TableRef;
import velocity.core.operations.ExportOperation;
import velocity.core.spi.ConnectionFactory;

/**
 * The export suite on one database: the 1,000,000-row table to CSV by Velocity and by the database's own
 * command-line tool in the same runs, alternating, then to JSON by Velocity beside them, with a raw JDBC
 * read of the same rows that shows the floor any JDBC client starts from. On PostgreSQL Velocity's CSV is
 * written by the server (COPY); the CSV Velocity formats itself is measured too.
 */
final class ExportBench {

    static final Path DIR = Path.of("target", "bench", "export");
    /** Rows per round trip of the raw read where the driver batches (pgjdbc), as in the core suite's scan. */
    private static final int RAW_FETCH_SIZE = 10_000;
    /** What the times include, stated in the report. */
    private static final String TIMING = "Velocity timed inside its running JVM (no JVM start), the tool as a "
            + "whole process (its start included); output files in the same folder; GC before each";

    private final CommandContext context;
    private final int runs;

    ExportBench(CommandContext context, int runs) {
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
        try {
            factory = context.velocity().dialects().get(target.data().dialect()).dialect().connections();
            if (target.files() != null) {
                Files.createDirectories(target.files());
            }
            Files.createDirectories(DIR);
            data = manager.connect(target.data(), target.passwordChars(), monitor);
        } catch (VelocityException | IOException e) {
            manager.disconnect(target.data().name());
            rethrowIfCancelled(monitor, e);
            return Outcome.skipped(target.id(), e.getMessage());
        }
        String server = null;
        List<Figure> figures = new ArrayList<>();
        try {
            try (Connection c = CoreBench.setupSource(target, target.data(), factory).getConnection()) {
                DatabaseMetaData meta = c.getMetaData();
                server = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
                err.println(target.id() + ": checking the 1,000,000-row table on " + server);
                target.datasets().ensureRows(c, err);
            }
            DataSource raw = factory.createDataSource(target.data(), target.passwordChars());
            figures.addAll(measure(target, data, raw, err, monitor));
            return new Outcome(target.id(), server, figures, null, null);
        } catch (VelocityException | SQLException | IOException | InterruptedException | RuntimeException e) {
            rethrowIfCancelled(monitor, e);
            return Outcome.failed(target.id(), server, figures, String.valueOf(e.getMessage()));
        } finally {
            manager.disconnect(target.data().name());
        }
    }

    private List<Figure> measure(Target target, ActiveConnection data, DataSource raw, PrintStream err,
            Monitor monitor) throws VelocityException, IOException, InterruptedException, SQLException {
        boolean postgres = target.id().equals("postgresql");
        NativeExport tool = new NativeExport(target);
        Path nativeFile = DIR.resolve(target.id() + "-native.csv").toAbsolutePath();
        Path csvFile = DIR.resolve(target.id() + "-velocity.csv").toAbsolutePath();
        Path jsonFile = DIR.resolve(target.id() + "-velocity.json").toAbsolutePath();
        Path clientFile = DIR.resolve(target.id() + "-velocity-client.csv").toAbsolutePath();
        ExportSource table = new ExportSource.Table(new TableRef(target.dataSchema(), Datasets.ROWS_TABLE));
        ExporterDescriptor csv = context.velocity().exporters().get("csv");
        ExporterDescriptor json = context.velocity().exporters().get("json");
        ExportOperation csvExport = new ExportOperation(data, table, csv, ExportOptions.DEFAULTS, csvFile, true);
        ExportOperation jsonExport = new ExportOperation(data, table, json, ExportOptions.DEFAULTS, jsonFile, true);
        ExportOperation clientExport = new ExportOperation(data, table, csv, ExportOptions.DEFAULTS, clientFile, true)
                .clientSide();
        String select = "select * from " + target.table(Datasets.ROWS_TABLE);

        Samples nativeTimes = new Samples(runs);
        Samples readTimes = new Samples(runs);
        Samples csvTimes = new Samples(runs);
        Samples jsonTimes = new Samples(runs);
        Samples clientTimes = new Samples(runs);
        long rows = 0;
        err.println(target.id() + ": exporting 1,000,000 rows, " + runs + " runs after a warm-up");
        try (Connection rawConnection = raw.getConnection()) {
            target.raw().prepare(rawConnection);
            for (int run = 0; run <= runs; run++) {
                boolean timed = run > 0;
                monitor.checkCancelled("The benchmark");
                deleteAll(nativeFile, csvFile, jsonFile, clientFile);
                System.gc();
                long nativeNanos = tool.run(nativeFile);
                System.gc();
                long readStart = System.nanoTime();
                long read = rawRead(target, rawConnection, select);
                long readEnd = System.nanoTime();
                System.gc();
                long start = System.nanoTime();
                rows = csvExport.run(monitor).rows();
                long csvEnd = System.nanoTime();
                System.gc();
                long jsonStart = System.nanoTime();
                jsonExport.run(monitor);
                long jsonEnd = System.nanoTime();
                if (read != rows) {
                    throw new IllegalStateException(target.id() + ": raw JDBC read " + read + " rows, the export "
                            + rows + ".");
                }
                if (timed) {
                    nativeTimes.add(0, nativeNanos);
                    readTimes.add(readStart, readEnd);
                    csvTimes.add(start, csvEnd);
                    jsonTimes.add(jsonStart, jsonEnd);
                }
                if (postgres) {
                    System.gc();
                    long clientStart = System.nanoTime();
                    clientExport.run(monitor);
                    if (timed) {
                        clientTimes.add(clientStart, System.nanoTime());
                    }
                }
            }
        }
        String sizes = String.format(Locale.ROOT, "%,d rows; %s %d MB, Velocity's CSV %d MB, JSON %d MB; "
                + "spread of the runs: Velocity %s ms, the tool %s ms", rows, tool.label(), mb(nativeFile),
                mb(csvFile), mb(jsonFile), spread(csvTimes), spread(nativeTimes));
        deleteAll(nativeFile, csvFile, jsonFile, clientFile);
        double goal = postgres ? 1.1 : 1.2;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(target.id(), "export_csv", "export CSV" + (postgres ? " (COPY)" : ""), csvTimes,
                nativeTimes, Goal.atMostRatio(goal), "baseline: " + tool.label() + "; " + sizes + "; " + TIMING));
        if (postgres) {
            figures.add(new Figure(target.id(), "export_csv_client", "export CSV (client)", clientTimes, nativeTimes,
                    Goal.none(), "rows read over JDBC and formatted by Velocity, for comparison"));
        }
        figures.add(new Figure(target.id(), "export_json", "export JSON", jsonTimes, nativeTimes, Goal.none(),
                "JSON beside the native tool's CSV"));
        figures.add(new Figure(target.id(), "raw_jdbc_read", "raw JDBC read (floor)", readTimes, nativeTimes,
                Goal.none(), "the same SELECT read by hand-written JDBC (" + target.raw().describe()
                        + ", getObject on every column), writing nothing: what any JDBC client pays before formatting"));
        return figures;
    }

    /** Reads every value of the query as the core does (getObject) and writes nothing; returns the rows. */
    private static long rawRead(Target target, Connection connection, String sql) throws SQLException {
        long rows = 0;
        try (Statement s = target.raw().statement(connection, RAW_FETCH_SIZE); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            long values = 0;
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    values += rs.getObject(i) == null ? 0 : 1;
                }
            }
            if (values == 0) {
                throw new IllegalStateException("The raw read saw no values.");
            }
        }
        target.raw().endQuery(connection);
        return rows;
    }

    private static String spread(Samples samples) {
        double[] values = samples.values();
        double max = values.length == 0 ? Double.NaN : Arrays.stream(values).max().getAsDouble();
        return String.format(Locale.ROOT, "%.0f-%.0f", samples.min(), max);
    }

    private static long mb(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) / (1024 * 1024) : 0;
    }

    private static void deleteAll(Path... files) throws IOException {
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }

    private static void rethrowIfCancelled(Monitor monitor, Exception e) throws VelocityException {
        if (monitor.isCancelled()) {
            throw e instanceof VelocityException v ? v : VelocityException.cancelled("The benchmark");
        }
    }
}
