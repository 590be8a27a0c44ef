package velocity.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.export.ExportOptions;
import velocity.core.export.ExportResult;
import velocity.core.export.ExportSource;
import velocity.core.export.ExporterDescriptor;
import velocity.core.export.ExporterRegistry;
import velocity.core.export.Quoting;
import velocity.core.metadata.TableRef;
import velocity.core.operations.ExportOperation;

/**
 * {@code velocity export}: a table or a query's rows to a file, in a format of the exporter registry. The
 * file appears only once it is complete; Ctrl+C stops the statement on the server and leaves no file.
 */
public final class ExportCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Options.spec()
            .value("--table", "--schema", "--sql", "--format", "--output", "--delimiter", "--null", "--quote",
                    "--line-ending")
            .flag("--no-header", "--overwrite"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        ExportSource source = source(options);
        Path output = Path.of(options.require("--output"));
        ExporterDescriptor format = format(context.velocity().exporters(), options.value("--format"), output);
        ExportOptions exportOptions = exportOptions(options, format);
        ConnectionOptions.Target target = ConnectionOptions.resolve(context, options);
        ActiveConnection connection = target.connect(context);
        ExportResult result;
        try {
            result = new ExportOperation(connection, source, format, exportOptions, output, options.has("--overwrite"))
                    .run(context.monitor());
        } catch (VelocityException e) {
            throw source instanceof ExportSource.Query q ? new SqlFailure(e, q.sql()) : e;
        }
        context.err().println("Exported " + result.rows() + (result.rows() == 1 ? " row" : " rows") + " to "
                + result.target() + " (" + result.millis() + " ms).");
        return CommandLine.OK;
    }

    private static ExportSource source(Options options) throws UsageException {
        String table = options.value("--table");
        String sql = options.value("--sql");
        if ((table == null) == (sql == null)) {
            throw new UsageException("give either --table TABLE or --sql SQL");
        }
        if (sql != null) {
            if (options.has("--schema")) {
                throw new UsageException("--schema goes with --table; qualify the names in --sql instead");
            }
            if (sql.isBlank()) {
                throw new UsageException("--sql is empty");
            }
            return new ExportSource.Query(sql);
        }
        return new ExportSource.Table(new TableRef(options.value("--schema"), table));
    }

    /** The format named, else the one whose extension the output file has, else CSV. */
    private static ExporterDescriptor format(ExporterRegistry registry, String id, Path output)
            throws UsageException {
        List<ExporterDescriptor> all = registry.all();
        if (id != null) {
            return all.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new UsageException(
                    "unknown --format '" + id + "'; installed formats: " + ids(all)));
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return all.stream().filter(d -> name.endsWith("." + d.fileExtension().toLowerCase(Locale.ROOT))).findFirst()
                .or(() -> all.stream().filter(d -> d.id().equals("csv")).findFirst())
                .orElseThrow(() -> new UsageException("give --format; installed formats: " + ids(all)));
    }

    private static String ids(List<ExporterDescriptor> all) {
        return all.isEmpty() ? "none" : all.stream().map(ExporterDescriptor::id).collect(Collectors.joining(", "));
    }

    private static ExportOptions exportOptions(Options options, ExporterDescriptor format) throws UsageException {
        ExportOptions result = ExportOptions.DEFAULTS;
        try {
            if (options.has("--delimiter")) {
                result = result.withDelimiter(delimiter(options.value("--delimiter")));
            }
            if (options.has("--no-header")) {
                result = result.withHeader(false);
            }
            if (options.has("--null")) {
                result = result.withNullText(options.value("--null"));
            }
            if (options.has("--quote")) {
                result = result.withQuoting(quoting(options.value("--quote")));
            }
            if (options.has("--line-ending")) {
                result = result.withLineEnding(lineEnding(options.value("--line-ending")));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        checkApplies(options, format, "--delimiter", "delimiter");
        checkApplies(options, format, "--no-header", "header");
        checkApplies(options, format, "--null", "null");
        checkApplies(options, format, "--quote", "quoting");
        checkApplies(options, format, "--line-ending", "lineEnding");
        return result;
    }

    private static void checkApplies(Options options, ExporterDescriptor format, String flag, String option)
            throws UsageException {
        if (options.has(flag) && !format.options().contains(option)) {
            throw new UsageException(flag + " does not apply to the format '" + format.id() + "'");
        }
    }

    private static char delimiter(String value) throws UsageException {
        if ("\\t".equals(value) || "tab".equalsIgnoreCase(value)) {
            return '\t';
        }
        if (value.length() != 1) {
            throw new UsageException("--delimiter takes one character (or 'tab'), not '" + value + "'");
        }
        return value.charAt(0);
    }

    private static Quoting quoting(String value) throws UsageException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "minimal" -> Quoting.MINIMAL;
            case "all" -> Quoting.ALL;
            case "non-numeric" -> Quoting.NON_NUMERIC;
            default -> throw new UsageException("--quote takes minimal, all or non-numeric, not '" + value + "'");
        };
    }

    private static String lineEnding(String value) throws UsageException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "lf" -> "\n";
            case "crlf" -> "\r\n";
            default -> throw new UsageException("--line-ending takes lf or crlf, not '" + value + "'");
        };
    }

    @Override
    public String help() {
        return """
                Usage: velocity export (--table TABLE [--schema SCHEMA] | --sql SQL) --output FILE
                                       [--format FORMAT] [--overwrite] [CSV options]
                                       (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]

                Writes every row of a table, or of a query, to a file. Rows stream from the server, so a table of
                any size is fine; on PostgreSQL the server writes CSV itself (COPY) when the options allow it. The
                file appears only once complete: a failed or cancelled export (Ctrl+C) leaves no file, and an
                existing file is replaced only with --overwrite. The row count and time go to standard error.

                Formats (from the installed exporters): csv (RFC 4180), json (one array of row objects), jsonl
                (JSON Lines: one object per line). Without --format the output file's extension decides, else csv.
                JSON keeps the types: numbers, booleans, null; dates and times are ISO 8601 strings and binary is
                base64. In CSV, dates and times are ISO 8601 with a space before the time, binary is \\x and hex.

                Options:
                  --table TABLE       the table or view to export, spelt exactly as the catalog does
                  --schema SCHEMA     its schema; default: the connection's current one
                  --sql SQL           a query to export instead of a table
                  --output FILE       the file to write
                  --format FORMAT     csv, json, jsonl or another installed format
                  --overwrite         replace FILE if it exists

                CSV options:
                  --delimiter C       the field delimiter: one character, or 'tab' (default ,)
                  --no-header         no line of column names
                  --null TEXT         how NULL is written (default: an empty field); a text equal to it is quoted
                  --quote MODE        minimal (default: only fields that need it), all, or non-numeric
                  --line-ending E     lf (default, as PostgreSQL's COPY and most tools write) or crlf
                """ + ConnectionOptions.HELP + """

                Examples:
                  velocity export --connection prod --table orders --output orders.csv
                  velocity export --connection prod --sql "SELECT id, total FROM orders WHERE total > 100" \\
                      --format jsonl --output big-orders.jsonl --overwrite
                """;
    }
}
