package velocity.cli.internal;

import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.DialectDescriptor;
import velocity.core.VelocityException;
import velocity.core.operations.ConnectOperation;

/**
 * The options every command that talks to a database shares: a saved connection ({@code --connection}) or a
 * JDBC URL ({@code --url}), the user, and {@code --password-stdin}. There is no password option: arguments
 * are visible to every user of the machine, standard input is not.
 */
final class ConnectionOptions {

    /** The options this class reads. */
    static final Options.Spec SPEC = Options.spec().value("--connection", "--url", "--user").flag("--password-stdin");

    /** The name a connection given by {@code --url} goes by in messages. */
    static final String URL_CONNECTION_NAME = "from --url";

    /** The help text of the options. */
    static final String HELP = """
              --connection NAME   a saved connection (see 'velocity connections'); its saved password is used
              --url JDBC-URL      a database by its JDBC URL, e.g. jdbc:postgresql://host:5432/db,
                                  jdbc:mysql://host:3306/db or jdbc:sqlite:/path/to/file.db
              --user USER         the user name (overrides the saved connection's)
              --password-stdin    read the password from the first line of standard input (else from
                                  VELOCITY_PASSWORD when set, else the saved one)
              --master-password-stdin
                                  read the master password of the secure storage from the first line of
                                  standard input (before the password); else VELOCITY_MASTER_PASSWORD
            """;

    /**
     * Settings and password resolved from the options.
     *
     * @param password the password read from standard input, or {@code null} for the stored one, if any
     */
    record Target(ConnectionSettings settings, char[] password) {

        /** Opens the connection (or reuses the open one). */
        ActiveConnection connect(CommandContext context) throws VelocityException {
            return new ConnectOperation(context.velocity().manager(), settings, password).run(context.monitor());
        }
    }

    private ConnectionOptions() {
    }

    /**
     * Resolves the connection the options name. Reads the password from standard input when asked to, and
     * nothing else from it, so a command can read SQL from the rest.
     */
    static Target resolve(CommandContext context, Options options) throws UsageException, VelocityException {
        String name = options.value("--connection");
        String url = options.value("--url");
        if (name == null && url == null) {
            throw new UsageException("name the database with --connection NAME or --url JDBC-URL");
        }
        if (name != null && url != null) {
            throw new UsageException("give --connection or --url, not both");
        }
        ConnectionSettings settings;
        if (name != null) {
            settings = context.velocity().connections().get(name);
        } else {
            DialectDescriptor dialect = context.velocity().dialects().forUrl(url);
            settings = ConnectionSettings.builder(URL_CONNECTION_NAME, dialect.id()).url(url).build();
        }
        String user = options.value("--user");
        if (user != null) {
            settings = settings.toBuilder().user(user).build();
        }
        return new Target(settings, password(context, options));
    }

    /** The environment variable that gives a database password when {@code --password-stdin} is not used. */
    static final String PASSWORD_VARIABLE = "VELOCITY_PASSWORD";

    /**
     * The password from the first line of standard input with {@code --password-stdin}, else from
     * {@value #PASSWORD_VARIABLE}, else {@code null}.
     */
    static char[] password(CommandContext context, Options options) throws UsageException, VelocityException {
        if (!options.has("--password-stdin")) {
            String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
            return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
        }
        String line = Stdin.firstLine(context.in());
        if (line == null) {
            throw new UsageException("--password-stdin was given but standard input is empty");
        }
        return line.toCharArray();
    }
}
