package velocity.cli.internal;

import java.util.Arrays;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ConnectionTestResult;
import velocity.core.VelocityException;
import velocity.core.operations.TestConnectionOperation;

/** {@code velocity test-connection}: connects once, unpooled, and says what answered and how fast. */
public final class TestConnectionCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC);

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).listing(context.out());
        ConnectionOptions.Target target = ConnectionOptions.resolve(context, options);
        ConnectionTestResult result = new TestConnectionOperation(context.velocity().manager(), target.settings(),
                target.password()).run(context.monitor());
        formatter.record(List.of("server", "server_version", "driver", "driver_version", "connect_ms", "round_trip_ms"),
                Arrays.asList(result.productName(), result.productVersion(), result.driverName(), result.driverVersion(),
                        millis(result.connectMillis()), millis(result.roundTripMillis())));
        return CommandLine.OK;
    }

    /** Milliseconds to a tenth: finer is noise. */
    private static double millis(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Override
    public String help() {
        return """
                Usage: velocity test-connection (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                                [--format table|json|csv]

                Opens one connection, runs one round trip and closes it again. Prints the server's product and
                version, the driver's name and version, how long connecting took and how long a round trip takes.
                Fails within the connection's connect timeout when the server does not answer.

                Options:
                """ + HelpText.commonOptions() + """

                Example:
                  echo "$PGPASSWORD" | velocity test-connection --url jdbc:postgresql://localhost:5432/shop \\
                      --user app --password-stdin
                """;
    }
}
