package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.operations.ListTablesOperation;

/** {@code velocity tables}: the tables and views of a schema. */
public final class TablesCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC).with(Options.spec().value("--schema"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).listing(context.out());
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        List<Object[]> rows = new ArrayList<>();
        for (TableInfo t : new ListTablesOperation(connection, options.value("--schema")).run(context.monitor())) {
            rows.add(new Object[] { t.schema(), t.name(), kind(t.kind()), t.rowEstimate() < 0 ? null : t.rowEstimate(),
                    t.comment() });
        }
        formatter.table(List.of("schema", "name", "kind", "row_estimate", "comment"), rows);
        return CommandLine.OK;
    }

    /** The kind as people write it: "materialized view". */
    static String kind(TableKind kind) {
        return kind == null ? null : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String help() {
        return """
                Usage: velocity tables (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                       [--schema SCHEMA] [--format table|json|csv]

                Lists the tables and views of a schema by name: schema, name, kind (table, view, materialized
                view, ...), the row count the catalog estimates (empty when it has none; run 'velocity rows
                --count' for an exact one) and the comment.

                Options:
                  --schema SCHEMA     the schema (a MySQL database, an SQLite database such as main);
                                      default: the connection's current one
                """ + HelpText.commonOptions() + """

                Example:
                  velocity tables --connection prod --schema public
                """;
    }
}
