package velocity.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import velocity.cli.Command;
import velocity.cli.UsageException;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;

/**
 * The command line without the process around it: finds the command, answers {@code --help}, runs the
 * command and turns what goes wrong into one line on standard error and an exit code. Tests run it in-process
 * with streams of their own.
 */
public final class CommandLine {

    /** The exit code of success. */
    public static final int OK = 0;
    /** The exit code of a failure: the database, the network, a file. */
    public static final int FAILURE = 1;
    /** The exit code of wrong arguments. */
    public static final int USAGE = 2;

    private final List<CommandDescriptor> given;
    private CommandRegistry registry;

    /** The command line with the commands contributed through {@code velocity.cli.commands}, read on first use. */
    public CommandLine() {
        this.given = null;
    }

    /** The command line with the given commands, for use without an extension registry. */
    public CommandLine(List<CommandDescriptor> commands) {
        this.given = List.copyOf(commands);
    }

    /** The commands, in listing order. */
    public synchronized CommandRegistry commands() {
        if (registry == null) {
            registry = given == null ? CommandRegistry.fromExtensions() : new CommandRegistry(given);
        }
        return registry;
    }

    /**
     * Runs a command with a monitor of its own.
     *
     * @return the exit code: {@link #OK}, {@link #FAILURE} or {@link #USAGE}
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err, Velocity velocity) {
        return run(args, in, out, err, velocity, Monitor.create());
    }

    /**
     * Runs a command.
     *
     * @param monitor cancelled to stop the command, e.g. when the user presses Ctrl+C
     * @return the exit code: {@link #OK}, {@link #FAILURE} or {@link #USAGE}
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err, Velocity velocity, Monitor monitor) {
        ErrorReport report = new ErrorReport(err, ErrorReport.debugRequested());
        try {
            return dispatch(List.of(args), new Context(velocity, out, err, in, monitor), report);
        } finally {
            for (String warning : velocity.connections().takeWarnings()) {
                report.warning(warning);
            }
            out.flush();
            err.flush();
        }
    }

    private int dispatch(List<String> args, Context context, ErrorReport report) {
        if (args.isEmpty()) {
            report.usage("no command given", "velocity --help");
            return USAGE;
        }
        String name = args.get(0);
        if (isHelp(name) || CommandRegistry.HELP.equals(name)) {
            return args.size() > 1 ? help(args.get(1), context, report) : overview(context);
        }
        Optional<CommandDescriptor> descriptor = commands().find(name);
        if (descriptor.isEmpty()) {
            report.usage((name.startsWith("-") ? "unknown option " : "unknown command ") + "'" + name + "'",
                    "velocity --help");
            return USAGE;
        }
        List<String> arguments = args.subList(1, args.size());
        if (asksForHelp(arguments)) {
            return help(name, context, report);
        }
        try {
            arguments = MasterPasswordOption.apply(context, arguments);
            Command command = descriptor.get().command();
            return command.run(context, arguments);
        } catch (UsageException e) {
            report.usage(e.getMessage(), "velocity " + name + " --help");
            return USAGE;
        } catch (VelocityException e) {
            report.failure(e);
            return FAILURE;
        } catch (RuntimeException e) {
            report.unexpected("the command '" + name + "'", e);
            return FAILURE;
        }
    }

    private int overview(Context context) {
        context.out().print(HelpText.overview(commands().all()));
        return OK;
    }

    private int help(String name, Context context, ErrorReport report) {
        Optional<CommandDescriptor> descriptor = commands().find(name);
        if (descriptor.isEmpty()) {
            report.usage("unknown command '" + name + "'", "velocity --help");
            return USAGE;
        }
        try {
            String text = descriptor.get().command().help();
            context.out().print(text.endsWith("\n") ? text : text + "\n");
            return OK;
        } catch (VelocityException e) {
            report.failure(e);
            return FAILURE;
        }
    }

    /** Whether the arguments ask for help; what follows {@code --} is data, not options. */
    private static boolean asksForHelp(List<String> arguments) {
        for (String arg : arguments) {
            if ("--".equals(arg)) {
                return false;
            }
            if (isHelp(arg)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHelp(String arg) {
        return "--help".equals(arg) || "-h".equals(arg);
    }
}
