package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.DatabaseInfo;
import velocity.core.operations.ListDatabasesOperation;

/** {@code velocity databases}: the databases a connection can see, with their schemas. */
public final class DatabasesCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC);

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).listing(context.out());
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        List<Object[]> rows = new ArrayList<>();
        for (DatabaseInfo db : new ListDatabasesOperation(connection).run(context.monitor())) {
            rows.add(new Object[] { db.name(), db.schemas(), db.current() });
        }
        formatter.table(List.of("name", "schemas", "current"), rows);
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity databases (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                          [--format table|json|csv]

                Lists the databases the connection can see: name, schemas and whether the connection is attached
                to it (current). PostgreSQL lists the schemas of the current database only; a MySQL database is
                its own single schema; SQLite lists main and any attached databases.

                Options:
                """ + HelpText.commonOptions() + """

                Example:
                  velocity databases --connection prod --format json
                """;
    }
}
