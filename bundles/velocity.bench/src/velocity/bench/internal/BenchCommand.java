package velocity.bench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * {@code velocity bench core}: measures Velocity's core against raw JDBC on the test databases;
 * {@code velocity bench export}: Velocity's export against the databases' own command-line tools. Both
 * write the figures to a table and a JSON file. {@code velocity bench search}: Open Anything's index, per
 * keystroke, against a linear scan. The extension registry needs the public no-argument
 * constructor.
 */
public final class BenchCommand implements Command {

    static final int DEFAULT_RUNS = 5;
    static final int DEFAULT_EXPORT_RUNS = 3;

    /** The parsed command line. */
    record Options(String suite, List<String> databases, int runs, Path output) {
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        if (!arguments.isEmpty() && arguments.get(0).equals("search")) {
            return new SearchBench(searchRuns(arguments)).run(context.out()) ? 0 : 1;
        }
        Options options = parse(arguments);
        // The bench times statements alone: recording them in the query history would add a file write to each.
        context.velocity().history().setRecording(false);
        Instant started = Instant.now();
        boolean export = options.suite().equals("export");
        CoreBench core = new CoreBench(context, options.runs());
        ExportBench exports = new ExportBench(context, options.runs());
        List<Outcome> outcomes = new ArrayList<>();
        for (String id : options.databases()) {
            Target target = Target.of(id, System.getenv());
            Outcome outcome = export ? exports.run(target) : core.run(target);
            if (outcome.skipped() != null) {
                context.err().println(id + ": skipped: " + outcome.skipped());
            }
            outcomes.add(outcome);
        }
        Report report = new Report(options.suite(), export ? "the database's own tool" : "raw JDBC", outcomes,
                options.runs(), started);
        report.printTable(context.out());
        try {
            report.writeJson(options.output());
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The bench could not write " + options.output() + ": "
                    + e.getMessage(), e);
        }
        context.err().println("Wrote " + options.output());
        boolean failed = outcomes.stream().anyMatch(o -> o.failed() != null);
        boolean measured = outcomes.stream().anyMatch(o -> !o.figures().isEmpty());
        return failed || !measured ? 1 : 0;
    }

    static Options parse(List<String> arguments) throws UsageException {
        if (arguments.isEmpty() || !List.of("core", "export").contains(arguments.get(0))) {
            throw new UsageException("bench needs a suite, core, export or search: velocity bench core");
        }
        String suite = arguments.get(0);
        List<String> databases = Target.ALL;
        int runs = suite.equals("export") ? DEFAULT_EXPORT_RUNS : DEFAULT_RUNS;
        Path output = Path.of("target", "bench", suite + ".json");
        for (int i = 1; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else {
                throw new UsageException(arg + " needs a value.");
            }
            switch (name) {
                case "--databases" -> databases = databases(value);
                case "--runs" -> runs = runs(value);
                case "--output" -> output = Path.of(value);
                default -> throw new UsageException("Unknown option '" + name + "'.");
            }
        }
        return new Options(suite, databases, runs, output);
    }

    private static int searchRuns(List<String> arguments) throws UsageException {
        if (arguments.size() == 1) {
            return DEFAULT_RUNS;
        }
        if (arguments.size() == 3 && arguments.get(1).equals("--runs")) {
            return runs(arguments.get(2));
        }
        throw new UsageException("bench search takes only --runs N.");
    }

    private static List<String> databases(String value) throws UsageException {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : value.split(",")) {
            String trimmed = id.strip();
            if (!Target.ALL.contains(trimmed)) {
                throw new UsageException("Unknown database '" + trimmed + "'; use " + String.join(",", Target.ALL)
                        + ".");
            }
            ids.add(trimmed);
        }
        return List.copyOf(ids);
    }

    private static int runs(String value) throws UsageException {
        try {
            int runs = Integer.parseInt(value.strip());
            if (runs > 0) {
                return runs;
            }
        } catch (NumberFormatException e) {
            // Reported below with the other bad values.
        }
        throw new UsageException("--runs must be a positive whole number, not '" + value + "'.");
    }

    @Override
    public String help() {
        return """
                Usage: velocity bench core|export [--databases postgresql,mysql,sqlite] [--runs N] [--output FILE]
                       velocity bench search [--runs N]

                Measures Velocity's core against hand-written JDBC in the same runs: the first page of
                SELECT * on a 1,000,000-row and a 10,000-row table, closing the query after that page, a
                full scan of the 1,000,000 rows, and the metadata of a 5,000-table schema. The datasets
                are created on the first run (a few minutes) and kept.

                The export suite writes the 1,000,000-row table to CSV with Velocity and with the database's
                own tool in the same runs (psql's \\copy ... csv header, mariadb --batch --quick, the sqlite3
                shell's .mode csv and .once; they must be on the PATH), and to JSON with Velocity beside
                them. Files go to target/bench/export/ and are deleted after the runs.

                bench search types queries keystroke by keystroke into Open Anything's index of 100,000
                synthetic tables, views, columns and functions, and reports the time per keystroke (median,
                95th percentile, maximum) against the 30 ms goal, next to a linear String.contains scan of
                the same names. It needs no database.

                Options:
                  --databases LIST  the databases to measure (default postgresql,mysql,sqlite)
                  --runs N          timed runs per measurement, after one warm-up (default 5; export: 3)
                  --output FILE     the JSON file with every figure (default target/bench/SUITE.json)

                Servers: VELOCITY_PG_URL, VELOCITY_PG_USER, VELOCITY_PG_PASSWORD (default
                jdbc:postgresql://127.0.0.1:5432/test as postgres) and VELOCITY_MYSQL_URL,
                VELOCITY_MYSQL_USER, VELOCITY_MYSQL_PASSWORD (default jdbc:mysql://127.0.0.1:3306/test
                as root). SQLite files go to target/bench/data/. A server that cannot be reached is
                skipped.

                Example:
                  velocity bench core --databases postgresql,sqlite --runs 3
                  velocity bench export --databases postgresql
                  velocity bench search
                """;
    }
}
