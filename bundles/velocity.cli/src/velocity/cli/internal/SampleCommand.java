package velocity.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ConnectionSettings;
import velocity.core.ConnectionStore;
import velocity.core.VelocityException;
import velocity.core.operations.CreateSampleDatabaseOperation;
import velocity.core.operations.SaveConnectionOperation;

/**
 * {@code velocity sample}: creates the sample SQLite database and saves its connection. The path goes to
 * standard output, so that a script can open the file; what was done goes to standard error.
 */
public final class SampleCommand implements Command {

    private static final Options.Spec SPEC = Options.spec().value("--file");

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Path file = file(context, options.value("--file"));
        long start = System.nanoTime();
        ConnectionSettings settings = new CreateSampleDatabaseOperation(context.velocity().manager(), file)
                .run(context.monitor());
        long millis = (System.nanoTime() - start) / 1_000_000;
        context.out().println(settings.database());
        context.err().println("Created the sample database " + settings.database() + " in " + millis + " ms.");
        ConnectionStore store = context.velocity().connections();
        String name = settings.name();
        Optional<ConnectionSettings> existing = store.find(name);
        if (existing.isPresent()) {
            context.err().println("The connection '" + name + "' exists already (" + existing.get().describe()
                    + ") and was left as it is; 'velocity connections add' saves one for the new file.");
        } else {
            new SaveConnectionOperation(store, settings, null).run(context.monitor());
            context.err().println("Saved connection '" + name + "'. Try: velocity tables --connection '" + name + "'");
        }
        return CommandLine.OK;
    }

    private static Path file(CommandContext context, String given) throws UsageException {
        if (given == null) {
            return context.velocity().home().sampleFile();
        }
        try {
            // The saved connection outlives the directory the command was run from.
            return Path.of(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("--file '" + given + "' is not a valid path: " + e.getReason());
        }
    }

    @Override
    public String help() {
        return """
                Usage: velocity sample [--file PATH]

                Creates the sample database, an SQLite file holding a small shop: customers and their
                addresses, products in categories from suppliers, employees, orders with their lines, payments
                and status history, and reviews. It has primary and foreign keys, indexes, three views, a
                trigger and some 95,000 rows, the same every time. Then saves the connection
                'Sample (SQLite)' to it, unless a connection of that name exists. Prints the file's path.

                An existing file is never written over: the command fails when PATH exists.

                Options:
                  --file PATH         where to create it (default: VELOCITY_HOME/sample/velocity-sample.db)

                Example:
                  velocity sample && velocity tables --connection 'Sample (SQLite)'
                """;
    }
}
