package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.KeychainStatus;
import velocity.core.VelocityException;
import velocity.core.operations.DeleteConnectionOperation;
import velocity.core.operations.DuplicateConnectionOperation;
import velocity.core.operations.SaveConnectionOperation;

/** {@code velocity connections [list|add|remove|duplicate]}: the saved connections. */
public final class ConnectionsCommand implements Command {

    private static final Options.Spec LIST = Format.SPEC;
    private static final Options.Spec NONE = Options.spec();

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        if (arguments.isEmpty() || arguments.get(0).startsWith("-")) {
            return list(context, LIST.parse(arguments));
        }
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (arguments.get(0)) {
            case "list" -> list(context, LIST.parse(rest));
            case "add" -> add(context, ConnectionAdd.SPEC.parse(rest));
            case "remove" -> remove(context, NONE.parse(rest));
            case "duplicate" -> duplicate(context, NONE.parse(rest));
            default -> throw new UsageException("unknown action '" + arguments.get(0)
                    + "': use list, add, remove or duplicate");
        };
    }

    private static int list(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).listing(context.out());
        List<Object[]> rows = new ArrayList<>();
        for (ConnectionSettings s : context.velocity().connections().list()) {
            rows.add(new Object[] { s.name(), s.dialect(), s.describe(), s.user() });
        }
        formatter.table(List.of("name", "dialect", "target", "user"), rows);
        if (rows.isEmpty()) {
            context.err().println("No saved connections. Add one with 'velocity connections add'.");
        }
        return CommandLine.OK;
    }

    private static int add(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(1, 1, "the NAME of the connection");
        ConnectionSettings settings = ConnectionAdd.settings(context, options.positional().get(0), options);
        if (context.velocity().connections().find(settings.name()).isPresent()) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "A connection named '" + settings.name()
                    + "' exists already. Remove it first, or choose another name.");
        }
        char[] password = ConnectionOptions.password(context, options);
        if (password != null && !settings.savePassword()) {
            context.err().println("velocity: warning: the password read from standard input is not kept; "
                    + "add --save-password to keep it.");
        }
        new SaveConnectionOperation(context.velocity().connections(), settings, password).run(context.monitor());
        context.err().println("Saved connection '" + settings.name() + "' (" + settings.describe() + ")"
                + (settings.savePassword() && password != null
                        ? " with its password, encrypted " + (context.velocity().secrets().status().storage()
                                == KeychainStatus.Storage.KEYRING ? "with a key the OS keyring keeps."
                                        : "under the master password.")
                        : "."));
        return CommandLine.OK;
    }

    private static int remove(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(1, 1, "the NAME of the connection to remove");
        String name = options.positional().get(0);
        new DeleteConnectionOperation(context.velocity().connections(), context.velocity().manager(), name)
                .run(context.monitor());
        context.err().println("Removed connection '" + name + "' and its saved password.");
        return CommandLine.OK;
    }

    private static int duplicate(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(1, 2, "the NAME of the connection to duplicate");
        List<String> names = options.positional();
        ConnectionSettings copy = new DuplicateConnectionOperation(context.velocity().connections(), names.get(0),
                names.size() > 1 ? names.get(1) : null).run(context.monitor());
        context.out().println(copy.name());
        context.err().println("Duplicated connection '" + names.get(0) + "' as '" + copy.name() + "'.");
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity connections [list] [--format table|json|csv]
                       velocity connections add NAME (--url JDBC-URL | --dialect ID [--host HOST] [--port PORT]
                                [--database DB] [--file PATH]) [--user USER] [--password-stdin] [--save-password]
                                [--property KEY=VALUE]... [--connect-timeout SECONDS]
                       velocity connections remove NAME
                       velocity connections duplicate NAME [NEW-NAME]

                Lists the saved connections (name, dialect, target, user; never a password), saves a new one,
                removes one with its saved password, or copies one under a new name (default "NAME (copy)"),
                printing the copy's name. Connections are kept in VELOCITY_HOME/connections.json, passwords
                apart from it in encrypted secure storage.

                Options of add:
                  --url JDBC-URL          the whole JDBC URL; the dialect is chosen by its prefix
                  --dialect ID            postgresql, mysql, sqlite, ... with the parts below instead of a URL
                  --host HOST             the server (default localhost)
                  --port PORT             the server's port (default: the dialect's)
                  --database DB           the database
                  --file PATH             the database file, for file databases such as SQLite
                  --user USER             the user name
                  --password-stdin        read the password from the first line of standard input
                                          (else VELOCITY_PASSWORD, when set)
                  --save-password         keep that password in the secure storage (see 'velocity keychain')
                  --master-password-stdin read the storage's master password first (where no keyring runs)
                  --property KEY=VALUE    a driver property; may be repeated
                  --connect-timeout SECS  how long to wait for the server (default 10)

                Examples:
                  printf '%s\\n' "$PGPASSWORD" | velocity connections add prod --dialect postgresql \\
                      --host db.example.com --database shop --user app --password-stdin --save-password
                  velocity connections add local --dialect sqlite --file ./shop.db
                  velocity connections --format json
                """;
    }
}
