package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.Map;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.FunctionInfo;
import velocity.core.operations.ListFunctionsOperation;
import velocity.core.operations.ReadFunctionSourcesOperation;

/** {@code velocity functions}: the stored functions, procedures and aggregates of a schema. */
public final class FunctionsCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC).with(Options.spec().value("--schema").flag("--source"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).listing(context.out());
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        if (!connection.dialect().catalog().supportsFunctions()) {
            context.err().println(connection.descriptor().name() + " has no stored functions or procedures.");
        }
        String schema = options.value("--schema");
        List<FunctionInfo> functions = new ListFunctionsOperation(connection, schema).run(context.monitor());
        boolean withSource = options.has("--source");
        Map<String, String> sources = withSource && !functions.isEmpty()
                ? new ReadFunctionSourcesOperation(connection, functions.get(0).schema()).run(context.monitor())
                : Map.of();
        if (withSource && Format.of(options) == Format.TABLE) {
            SourceBlocks blocks = new SourceBlocks(context.out());
            for (FunctionInfo f : functions) {
                blocks.block(f.schema() + "." + f.signature() + " (" + kind(f) + ")", sources.get(f.signature()));
            }
            return CommandLine.OK;
        }
        List<String> columns = new ArrayList<>(List.of("schema", "name", "kind", "arguments", "return_type", "language",
                "comment"));
        if (withSource) {
            columns.add("source");
        }
        List<Object[]> rows = new ArrayList<>();
        for (FunctionInfo f : functions) {
            Object[] row = { f.schema(), f.name(), kind(f), f.arguments(), f.returnType(), f.language(), f.comment(),
                    sources.get(f.signature()) };
            rows.add(withSource ? row : Arrays.copyOf(row, row.length - 1));
        }
        formatter.table(columns, rows);
        return CommandLine.OK;
    }

    private static String kind(FunctionInfo f) {
        return f.kind().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String help() {
        return """
                Usage: velocity functions (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                          [--schema SCHEMA] [--source] [--format table|json|csv]

                Lists the stored routines of a schema by name: schema, name, kind (function, procedure,
                aggregate or window), arguments and return type as the server spells them, the language of the
                body and the comment. Overloads are listed one by one. SQLite stores no functions in a
                database, so the list is empty there. With --source, each routine's source as the server gives
                it (PostgreSQL's pg_get_functiondef; MySQL's body from information_schema under a CREATE line made
                from the signature; none for aggregates), read in bulk; in the table format each source follows
                a "-- schema.signature" line, in json and csv it is a column.

                Options:
                  --schema SCHEMA     the schema (a MySQL database); default: the connection's current one
                  --source            show each routine's source
                """ + HelpText.commonOptions() + """

                Example:
                  velocity functions --connection prod --schema public --format json
                  velocity functions --connection prod --source
                """;
    }
}
