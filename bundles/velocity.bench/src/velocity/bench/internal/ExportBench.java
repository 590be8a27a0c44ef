package velocity.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * command-line tool in the same runs, alternating, then to JSON by Velocity beside them. On PostgreSQL
 * Velocity's CSV is written by the server (COPY); the CSV Velocity formats itself is measured too.
 */
final class ExportBench {

    static final Path DIR = Path.of("target", "bench", "export");

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
            figures.addAll(measure(target, data, err, monitor));
            return new Outcome(target.id(), server, figures, null, null);
        } catch (VelocityException | SQLException | IOException | InterruptedException | RuntimeException e) {
            rethrowIfCancelled(monitor, e);
            return Outcome.failed(target.id(), server, figures, String.valueOf(e.getMessage()));
        } finally {
            manager.disconnect(target.data().name());
        }
    }

    private List<Figure> measure(Target target, ActiveConnection data, PrintStream err, Monitor monitor)
            throws VelocityException, IOException, InterruptedException {
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

        Samples nativeTimes = new Samples(runs);
        Samples csvTimes = new Samples(runs);
        Samples jsonTimes = new Samples(runs);
        Samples clientTimes = new Samples(runs);
        long[] rows = new long[1];
        err.println(target.id() + ": exporting 1,000,000 rows, " + runs + " runs after a warm-up");
        for (int run = 0; run <= runs; run++) {
            boolean timed = run > 0;
            monitor.checkCancelled("The benchmark");
            deleteAll(nativeFile, csvFile, jsonFile, clientFile);
            long nativeNanos = tool.run(nativeFile);
            long start = System.nanoTime();
            ExportResult result = csvExport.run(monitor);
            long csvEnd = System.nanoTime();
            rows[0] = result.rows();
            jsonExport.run(monitor);
            long jsonEnd = System.nanoTime();
            if (timed) {
                nativeTimes.add(0, nativeNanos);
                csvTimes.add(start, csvEnd);
                jsonTimes.add(csvEnd, jsonEnd);
            }
            if (postgres) {
                long clientStart = System.nanoTime();
                clientExport.run(monitor);
                if (timed) {
                    clientTimes.add(clientStart, System.nanoTime());
                }
            }
        }
        String sizes = String.format(Locale.ROOT, "%,d rows; %s %d MB, Velocity's CSV %d MB, JSON %d MB", rows[0],
                tool.label(), mb(nativeFile), mb(csvFile), mb(jsonFile));
        deleteAll(nativeFile, csvFile, jsonFile, clientFile);
        double goal = postgres ? 1.1 : 1.2;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(target.id(), "export_csv", "export CSV" + (postgres ? " (COPY)" : ""), csvTimes,
                nativeTimes, Goal.atMostRatio(goal), "baseline: " + tool.label() + "; " + sizes));
        if (postgres) {
            figures.add(new Figure(target.id(), "export_csv_client", "export CSV (client)", clientTimes, nativeTimes,
                    Goal.none(), "rows read over JDBC and formatted by Velocity, for comparison"));
        }
        figures.add(new Figure(target.id(), "export_json", "export JSON", jsonTimes, nativeTimes, Goal.none(),
                "JSON beside the native tool's CSV"));
        return figures;
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
