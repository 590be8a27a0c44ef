package velocity.cli.internal;

import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.metadata.TableSchema;
import velocity.core.operations.GetTableSchemaOperation;

/** {@code velocity schema --table T}: a table's columns, keys and indexes. */
public final class SchemaCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC)
            .with(Options.spec().value("--table", "--schema"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Format format = Format.of(options);
        TableRef table = new TableRef(options.value("--schema"), options.require("--table"));
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        TableSchema schema = new GetTableSchemaOperation(connection, table).run(context.monitor());
        switch (format) {
            case JSON -> context.out().println(SchemaJson.json(schema));
            case CSV -> SchemaText.columns(format.listing(context.out()), schema);
            case TABLE -> SchemaText.print(context.out(), schema);
        }
        context.out().flush();
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity schema --table TABLE [--schema SCHEMA] (--connection NAME | --url JDBC-URL)
                                       [--user USER] [--password-stdin] [--format table|json|csv]

                Shows the structure of a table or view. The table format prints sections: Columns (name, type,
                nullable, default, auto increment or generated, comment), Primary key, Foreign keys (columns ->
                referenced table(columns) with their ON UPDATE and ON DELETE rules) and Indexes (name, unique,
                columns, DESC where descending). json prints the whole structure as one object; csv prints the
                columns only.

                Options:
                  --table TABLE       the table or view, spelt exactly as the catalog does (mind the case)
                  --schema SCHEMA     its schema; default: the connection's current one
                """ + HelpText.commonOptions() + """

                Example:
                  velocity schema --connection prod --schema public --table orders
                """;
    }
}
