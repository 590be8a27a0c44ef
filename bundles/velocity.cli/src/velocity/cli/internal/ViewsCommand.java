package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.ViewInfo;
import velocity.core.operations.ListViewsOperation;

/** {@code velocity views}: the views of a schema, with their definitions on request. */
public final class ViewsCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC)
            .with(Options.spec().value("--schema").flag("--definition"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Format format = Format.of(options);
        boolean definitions = options.has("--definition");
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        List<ViewInfo> views = new ListViewsOperation(connection, options.value("--schema"), definitions)
                .run(context.monitor());
        if (definitions && format == Format.TABLE) {
            SourceBlocks blocks = new SourceBlocks(context.out());
            for (ViewInfo v : views) {
                blocks.block(v.schema() + "." + v.name() + " (" + TablesCommand.kind(v.kind()) + ")", v.definition());
            }
            return CommandLine.OK;
        }
        List<String> columns = new ArrayList<>(List.of("schema", "name", "kind", "comment"));
        if (definitions) {
            columns.add("definition");
        }
        List<Object[]> rows = new ArrayList<>();
        for (ViewInfo v : views) {
            rows.add(definitions ? new Object[] { v.schema(), v.name(), TablesCommand.kind(v.kind()), v.comment(), v.definition() }
                    : new Object[] { v.schema(), v.name(), TablesCommand.kind(v.kind()), v.comment() });
        }
        format.listing(context.out()).table(columns, rows);
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity views (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                      [--schema SCHEMA] [--definition] [--format table|json|csv]

                Lists the views (and PostgreSQL's materialized views) of a schema by name, in one catalog query.
                With --definition, each view's query as the database keeps it: PostgreSQL's pg_get_viewdef,
                MySQL's VIEW_DEFINITION, SQLite's CREATE VIEW statement; in the table format each definition
                follows a "-- schema.name" line, in json and csv it is a column.

                Options:
                  --schema SCHEMA     the schema (a MySQL database); default: the connection's current one
                  --definition        show each view's definition
                """ + HelpText.commonOptions() + """

                Example:
                  velocity views --connection sample --definition
                """;
    }
}
