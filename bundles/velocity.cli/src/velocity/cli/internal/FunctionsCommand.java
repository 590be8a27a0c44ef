package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.FunctionInfo;
import velocity.core.operations.ListFunctionsOperation;

/** {@code velocity functions}: the stored functions, procedures and aggregates of a schema. */
public final class FunctionsCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC).with(Options.spec().value("--schema"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).listing(context.out());
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        if (!connection.dialect().catalog().supportsFunctions()) {
            context.err().println(connection.descriptor().name() + " has no stored functions or procedures.");
        }
        List<Object[]> rows = new ArrayList<>();
        for (FunctionInfo f : new ListFunctionsOperation(connection, options.value("--schema")).run(context.monitor())) {
            rows.add(new Object[] { f.schema(), f.name(), f.kind().name().toLowerCase(Locale.ROOT), f.arguments(),
                    f.returnType(), f.language(), f.comment() });
        }
        formatter.table(List.of("schema", "name", "kind", "arguments", "return_type", "language", "comment"), rows);
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity functions (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                          [--schema SCHEMA] [--format table|json|csv]

                Lists the stored routines of a schema by name: schema, name, kind (function, procedure,
                aggregate or window), arguments and return type as the server spells them, the language of the
                body and the comment. Overloads are listed one by one. SQLite stores no functions in a
                database, so the list is empty there.

                Options:
                  --schema SCHEMA     the schema (a MySQL database); default: the connection's current one
                """ + HelpText.commonOptions() + """

                Example:
                  velocity functions --connection prod --schema public --format json
                """;
    }
}
