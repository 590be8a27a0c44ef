package velocity.cli;

import java.util.List;

import velocity.core.VelocityException;

/**
 * A command of {@code ./velocity <command>}, contributed through the extension point
 * {@code velocity.cli.commands}. Data goes to {@link CommandContext#out()}, messages to
 * {@link CommandContext#err()}.
 */
public interface Command {

    /**
     * Runs the command.
     *
     * @param context streams, the core and the cancellation monitor
     * @param arguments the arguments after the command's name
     * @return the process exit code: 0 on success, 1 on failure, 2 on a usage error
     * @throws VelocityException when the work fails; the command line prints its message as one line
     * @throws UsageException when the arguments are wrong; the command line prints it with a pointer to help
     */
    int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException;

    /** The full help text of the command: usage line, options and an example. */
    String help();
}
