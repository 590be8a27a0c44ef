package velocity.cli.internal;

import java.util.List;

/** The text of {@code velocity --help}. */
final class HelpText {

    private HelpText() {
    }

    /** The overview: every command with its summary, then the options most commands share. */
    static String overview(List<CommandDescriptor> commands) {
        int width = Math.max(CommandRegistry.HELP.length(),
                commands.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        StringBuilder sb = new StringBuilder("""
                Usage: velocity <command> [options]

                Velocity's command line: saved connections, catalogs, SQL, table data and a sample database,
                without the workbench.

                Commands:
                """);
        for (CommandDescriptor c : commands) {
            sb.append("  ").append(pad(c.name(), width)).append("  ").append(c.summary()).append('\n');
        }
        sb.append("  ").append(pad(CommandRegistry.HELP, width)).append("  Show this help, or a command's: velocity help <command>\n");
        sb.append("\nOptions of the commands that talk to a database:\n");
        sb.append(ConnectionOptions.HELP).append(Format.HELP);
        sb.append("""

                Data goes to standard output, messages to standard error. Exit codes: 0 success, 1 failure, 2 wrong
                arguments. Ctrl+C cancels a running statement on the server.

                Environment:
                  VELOCITY_HOME       where saved connections are kept (default ~/.velocity)
                  VELOCITY_PASSWORD   the database password, when --password-stdin is not given
                  VELOCITY_MASTER_PASSWORD
                                      the master password of the secure storage, where no OS keyring
                                      keeps its key (see 'velocity keychain')
                  VELOCITY_DEBUG=1    print stack traces with errors
                  VELOCITY_HISTORY=off  do not record statements in the query history

                Run 'velocity <command> --help' for a command's options and an example.
                """);
        return sb.toString();
    }

    /** The options every database command takes, for the commands' own help. */
    static String commonOptions() {
        return ConnectionOptions.HELP + Format.HELP;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
