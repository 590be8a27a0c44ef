package velocity.cli.internal;

import java.nio.file.Path;

import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ConnectionSettings;
import velocity.core.DialectDescriptor;
import velocity.core.VelocityException;

/** Builds the settings of {@code velocity connections add} from its options. */
final class ConnectionAdd {

    /** The options of {@code connections add}. */
    static final Options.Spec SPEC = Options.spec()
            .value("--url", "--dialect", "--host", "--port", "--database", "--file", "--user", "--connect-timeout")
            .repeatable("--property")
            .flag("--password-stdin", "--save-password");

    private static final String DEFAULT_HOST = "localhost";

    private ConnectionAdd() {
    }

    static ConnectionSettings settings(CommandContext context, String name, Options options)
            throws UsageException, VelocityException {
        if (name.isBlank()) {
            throw new UsageException("the connection's NAME is empty");
        }
        String url = options.value("--url");
        String dialectId = options.value("--dialect");
        if ((url == null) == (dialectId == null)) {
            throw new UsageException("give either --url JDBC-URL or --dialect ID");
        }
        ConnectionSettings.Builder builder;
        if (url != null) {
            rejectWith("--url", options, "--host", "--port", "--database", "--file");
            builder = ConnectionSettings.builder(name, context.velocity().dialects().forUrl(url).id()).url(url);
        } else {
            DialectDescriptor dialect = context.velocity().dialects().get(dialectId);
            builder = ConnectionSettings.builder(name, dialect.id());
            if (dialect.fileBased()) {
                fileTarget(builder, dialect, options);
            } else {
                serverTarget(builder, dialect, options);
            }
        }
        builder.user(options.value("--user"))
                .savePassword(options.has("--save-password"))
                .connectTimeoutSeconds(options.intValue("--connect-timeout", ConnectionSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS, 1));
        for (String property : options.values("--property")) {
            int equals = property.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("--property takes KEY=VALUE, not '" + property + "'");
            }
            builder.property(property.substring(0, equals).strip(), property.substring(equals + 1));
        }
        return builder.build();
    }

    private static void fileTarget(ConnectionSettings.Builder builder, DialectDescriptor dialect, Options options)
            throws UsageException {
        rejectWith("--dialect " + dialect.id(), options, "--host", "--port", "--database");
        String file = options.value("--file");
        if (file == null) {
            throw new UsageException("missing --file: " + dialect.name() + " databases are files");
        }
        // Saved connections outlive the directory they were added from.
        builder.database(Path.of(file).toAbsolutePath().normalize().toString());
    }

    private static void serverTarget(ConnectionSettings.Builder builder, DialectDescriptor dialect, Options options)
            throws UsageException {
        if (options.has("--file")) {
            throw new UsageException("--file is for file databases; " + dialect.name() + " takes --host, --port and --database");
        }
        String host = options.value("--host");
        builder.host(host == null || host.isBlank() ? DEFAULT_HOST : host.strip())
                .port(options.intValue("--port", 0, 1))
                .database(options.value("--database"));
        if (options.intValue("--port", 0, 0) > 65_535) {
            throw new UsageException("--port must be at most 65535");
        }
    }

    private static void rejectWith(String given, Options options, String... names) throws UsageException {
        for (String name : names) {
            if (options.has(name)) {
                throw new UsageException(name + " cannot be combined with " + given);
            }
        }
    }
}
